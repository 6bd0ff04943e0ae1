package org.jalchemy.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Sql.text;
import static org.jalchemy.types.Types.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jalchemy.engine.Connection;
import org.jalchemy.schema.CheckConstraint;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Index;
import org.jalchemy.schema.Inspector;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.ReflectedColumn;
import org.jalchemy.schema.UniqueConstraint;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autogenerate on every database: no spurious differences, exactly the real ones, and a round trip through revisions. */
class AutogenerateTest extends DatabaseTest {
    enum Status { ACTIVE, BLOCKED }

    @TempDir
    Path dir;

    static MetaData allTypes() {
        MetaData md = new MetaData();
        md.table("users",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("name", string(50)).notNull().unique(),
                Column.of("bio", TEXT),
                Column.of("active", BOOLEAN).notNull(),
                Column.of("score", FLOAT),
                Column.of("ratio", DOUBLE),
                Column.of("price", numeric(10, 2)),
                Column.of("born", DATE),
                Column.of("wakes", TIME),
                Column.of("seen", DATETIME),
                Column.of("created", TIMESTAMPTZ),
                Column.of("spent", INTERVAL),
                Column.of("photo", LARGE_BINARY),
                Column.of("prefs", JSON),
                Column.of("uid", UUID),
                Column.of("status", enumOf(Status.class)),
                Column.of("small", SMALLINT),
                Column.of("email", string(100)).index(),
                CheckConstraint.of("small >= 0", "ck_users_small"));
        md.table("posts",
                Column.of("id", BIGINT).primaryKey(),
                Column.of("user_id", INTEGER).notNull().references("users.id").onDelete("CASCADE"),
                Column.of("title", string(200)).notNull(),
                Column.of("slug", string(200)),
                UniqueConstraint.named("uq_posts_slug", "slug"),
                Index.of("ix_posts_title", "title"));
        return md;
    }

    private List<String> diff(MetaData md) {
        try (Connection conn = engine.connect()) {
            List<String> out = new ArrayList<>();
            for (SchemaChange c : new Autogenerate(engine.dialect(), null).compare(md, conn)) {
                out.add(c.description());
            }
            return out;
        }
    }

    @Test
    void noDifferencesOnADatabaseCreatedFromTheSameMetaData() {
        MetaData md = allTypes();
        md.createAll(engine);
        assertThat(diff(md)).isEmpty();
        assertThat(diff(allTypes())).isEmpty();
    }

    @Test
    void detectsExactlyWhatChanged() {
        allTypes().createAll(engine);
        MetaData changed = allTypes();
        changed.tables().get("users").append(Column.of("nickname", string(30)));
        changed.table("tags", Column.of("id", INTEGER).primaryKey(), Column.of("label", string(20)).notNull());
        changed.tables().get("posts").append(Index.of("ix_posts_slug", "slug"));
        assertThat(diff(changed)).containsExactlyInAnyOrder("add table tags", "add column users.nickname",
                "add index ix_posts_slug on posts");
    }

    @Test
    void detectsTypeAndNullabilityChangesAndRemovals() {
        allTypes().createAll(engine);
        MetaData changed = new MetaData();
        changed.table("users", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(80)),
                Column.of("email", string(100)));
        assertThat(diff(changed)).contains("remove table posts",
                        "alter column users.name: nullable false -> true, type " + typeName("name") + " -> "
                                + engine.dialect().typeName(string(80)),
                        "remove column users.bio", "remove index ix_users_email on users")
                .noneMatch(d -> d.startsWith("alter column users.email"));
    }

    private String typeName(String column) {
        for (ReflectedColumn c : Inspector.of(engine).columns("users")) {
            if (c.name().equals(column)) {
                return c.typeName();
            }
        }
        throw new AssertionError(column);
    }

    /** Columns (type, nullability; sorted by name), indexes, unique constraints and foreign keys of every table, as text. */
    private Map<String, String> snapshot() {
        Inspector insp = Inspector.of(engine);
        Map<String, String> out = new TreeMap<>();
        for (String t : insp.tableNames()) {
            if (t.equals(VersionTable.DEFAULT_NAME)) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            // sorted: a column dropped and added back comes last, as ADD COLUMN appends
            insp.columns(t).stream().map(c -> c.name() + " " + c.typeName() + (c.nullable() ? " null" : " not null")).sorted()
                    .forEach(s -> sb.append(s).append("; "));
            insp.indexes(t).stream().map(i -> i.name() + i.columns() + i.unique()).sorted().forEach(s -> sb.append(s).append("; "));
            insp.uniqueConstraints(t).stream().map(u -> "uq" + u.columns()).sorted().forEach(s -> sb.append(s).append("; "));
            insp.foreignKeys(t).stream().map(f -> f.columns() + "->" + f.referredTable() + f.referredColumns()).sorted()
                    .forEach(s -> sb.append(s).append("; "));
            out.put(t, sb.toString());
        }
        return out;
    }

    private String autogenerate(MetaData md, String message, List<String> down) {
        try (Connection conn = engine.connect()) {
            List<SchemaChange> changes = new Autogenerate(engine.dialect(), null).compare(md, conn);
            String id = RevisionWriter.newId();
            RevisionWriter.write(dir, id, down, message, List.of(), Autogenerate.upgradeCode(changes),
                    Autogenerate.downgradeCode(changes));
            return id;
        }
    }

    private Migrator migrator() {
        return new Migrator(new ScriptDirectory(dir).load(), new VersionTable(null), null);
    }

    @Test
    void autogeneratedRevisionsUpgradeAndDowngrade() {
        String first = autogenerate(allTypes(), "initial", List.of());
        migrator().upgrade(engine, "head");
        assertThat(diff(allTypes())).isEmpty();
        Map<String, String> v1 = snapshot();
        try (Connection conn = engine.connect()) {
            conn.begin();
            conn.execute(text("INSERT INTO users (id, name, active, bio) VALUES (1, 'ann', " + engine.dialect().trueExpression() + ", 'x')"));
            conn.commit();
        }

        MetaData v2 = new MetaData();
        MetaData base = allTypes();
        var users = base.tables().get("users");
        List<org.jalchemy.schema.SchemaItem> items = new ArrayList<>();
        for (Column<?> c : users.columns()) {
            if (!c.name().equals("bio")) {
                items.add(copy(c));
            }
        }
        items.add(Column.of("nickname", string(30)));
        items.add(Index.of("ix_users_nickname", "nickname"));
        items.add(CheckConstraint.of("small >= 0", "ck_users_small"));
        v2.table("users", items.toArray(org.jalchemy.schema.SchemaItem[]::new));
        v2.table("posts",
                Column.of("id", BIGINT).primaryKey(),
                Column.of("user_id", INTEGER).notNull().references("users.id").onDelete("CASCADE"),
                Column.of("title", string(200)).notNull(),
                Column.of("slug", string(200)),
                UniqueConstraint.named("uq_posts_slug", "slug"),
                Index.of("ix_posts_title", "title"));
        v2.table("tags", Column.of("id", INTEGER).primaryKey(), Column.of("label", string(20)).notNull());
        assertThat(diff(v2)).containsExactlyInAnyOrder("add table tags", "add column users.nickname",
                "add index ix_users_nickname on users", "remove column users.bio");

        String second = autogenerate(v2, "second", List.of(first));
        assertThat(migrator().upgrade(engine, "head")).hasSize(1);
        assertThat(diff(v2)).isEmpty();
        assertThat(migrator().current(engine)).containsExactly(second);

        migrator().downgrade(engine, "-1");
        assertThat(migrator().current(engine)).containsExactly(first);
        assertThat(snapshot()).isEqualTo(v1);
        assertThat(diff(allTypes())).isEmpty();
    }

    private static MetaData constraintsV1() {
        MetaData md = new MetaData();
        md.table("teams", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(40)).notNull());
        md.table("players", Column.of("id", INTEGER).primaryKey(), Column.of("team_id", INTEGER),
                Column.of("nick", string(40)), Column.of("age", INTEGER), Column.of("note", string(20)));
        return md;
    }

    private static MetaData constraintsV2() {
        MetaData md = new MetaData();
        md.table("teams", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(40)).notNull(),
                UniqueConstraint.named("uq_teams_name", "name"));
        md.table("players", Column.of("id", INTEGER).primaryKey(), Column.of("team_id", INTEGER).references("teams.id"),
                Column.of("nick", string(60)).notNull(), Column.of("age", INTEGER), Column.of("note", string(20)),
                CheckConstraint.of("age >= 0", "ck_players_age"));
        return md;
    }

    @Test
    void constraintTypeAndNullabilityChangesRoundTrip() {
        String first = autogenerate(constraintsV1(), "v1", List.of());
        migrator().upgrade(engine, "head");
        try (Connection conn = engine.connect()) {
            conn.begin();
            conn.execute(text("INSERT INTO teams (id, name) VALUES (1, 'red')"));
            conn.execute(text("INSERT INTO players (id, team_id, nick, age) VALUES (1, 1, 'ann', 30)"));
            conn.commit();
        }
        Map<String, String> v1 = snapshot();
        List<String> expected = new ArrayList<>(List.of("add unique constraint uq_teams_name on teams [name]",
                "add check constraint ck_players_age on players"));
        expected.add("add foreign key fk_players_team_id_teams team_id->teams(id)");
        assertThat(diff(constraintsV2())).filteredOn(d -> !d.startsWith("alter column")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(diff(constraintsV2())).filteredOn(d -> d.startsWith("alter column")).singleElement().asString()
                .startsWith("alter column players.nick: nullable true -> false, type ");

        autogenerate(constraintsV2(), "v2", List.of(first));
        migrator().upgrade(engine, "head");
        // on SQLite the foreign key is added by a batch rebuild, so check comes back clean there too
        assertThat(diff(constraintsV2())).isEmpty();
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(text("SELECT nick FROM players")).<String>scalars().all()).containsExactly("ann");
        }
        migrator().downgrade(engine, "-1");
        assertThat(snapshot()).isEqualTo(v1);
        assertThat(diff(constraintsV1())).isEmpty();
    }

    private static MetaData teamsAndPlayers(boolean foreignKey) {
        MetaData md = new MetaData();
        md.table("teams", Column.of("id", INTEGER).primaryKey());
        var players = md.table("players", Column.of("id", INTEGER).primaryKey(), Column.of("team_id", INTEGER));
        if (foreignKey) {
            players.append(org.jalchemy.schema.ForeignKeyConstraint.of(List.of("team_id"), List.of("teams.id"))
                    .onDelete("CASCADE").named("fk_players_team"));
        }
        return md;
    }

    @Test
    void removedForeignKeyComesBackOnDowngrade() {
        String first = autogenerate(teamsAndPlayers(true), "v1", List.of());
        migrator().upgrade(engine, "head");
        try (Connection conn = engine.connect()) {
            conn.begin();
            conn.execute(text("INSERT INTO teams (id) VALUES (1)"));
            conn.execute(text("INSERT INTO players (id, team_id) VALUES (10, 1)"));
            conn.commit();
        }
        assertThat(diff(teamsAndPlayers(false))).containsExactly("remove foreign key fk_players_team team_id->teams(id)");
        autogenerate(teamsAndPlayers(false), "v2", List.of(first));
        migrator().upgrade(engine, "head");
        assertThat(diff(teamsAndPlayers(false))).isEmpty();

        migrator().downgrade(engine, "-1");
        assertThat(diff(teamsAndPlayers(true))).isEmpty();
        assertThat(Inspector.of(engine).foreignKeys("players")).singleElement()
                .satisfies(fk -> assertThat(fk.onDelete()).isEqualTo("CASCADE"));
        try (Connection conn = engine.connect()) {
            conn.begin();
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> conn.execute(text("INSERT INTO players (id, team_id) VALUES (11, 99)")))
                    .isInstanceOf(org.jalchemy.exc.IntegrityError.class);
            conn.rollback();
            assertThat(conn.execute(text("SELECT count(*) FROM players")).<Number>scalar().intValue()).isEqualTo(1);
        }
    }

    private static MetaData defaults(String status) {
        MetaData md = new MetaData();
        md.table("accounts", Column.of("id", INTEGER).primaryKey(),
                Column.of("status", string(10)).serverDefault(text(status)),
                Column.of("score", INTEGER).notNull().serverDefault(text("0")),
                Column.of("created", DATETIME).serverDefault(org.jalchemy.Sql.func.currentTimestamp()),
                Column.of("plain", string(10)));
        return md;
    }

    private List<String> diffWithDefaults(MetaData md) {
        try (Connection conn = engine.connect()) {
            List<String> out = new ArrayList<>();
            for (SchemaChange c : new Autogenerate(engine.dialect(), null).compareServerDefaults(true).compare(md, conn)) {
                out.add(c.description());
            }
            return out;
        }
    }

    @Test
    void serverDefaultsWhenEnabled() {
        defaults("'active'").createAll(engine);
        assertThat(diffWithDefaults(defaults("'active'"))).isEmpty();
        assertThat(diffWithDefaults(defaults("'closed'"))).singleElement().asString()
                .startsWith("alter column accounts.status: server default ").endsWith(" -> 'closed'");
        assertThat(diff(defaults("'closed'"))).isEmpty();

        autogenerateWithDefaults(defaults("'closed'"));
        migrator().upgrade(engine, "head");
        assertThat(diffWithDefaults(defaults("'closed'"))).isEmpty();
        migrator().downgrade(engine, "base");
        assertThat(diffWithDefaults(defaults("'active'"))).isEmpty();
    }

    private void autogenerateWithDefaults(MetaData md) {
        try (Connection conn = engine.connect()) {
            List<SchemaChange> changes = new Autogenerate(engine.dialect(), null).compareServerDefaults(true).compare(md, conn);
            RevisionWriter.write(dir, RevisionWriter.newId(), List.of(), "defaults", List.of(), Autogenerate.upgradeCode(changes),
                    Autogenerate.downgradeCode(changes));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Column<?> copy(Column<?> c) {
        Column copy = Column.of(c.name(), c.type());
        if (c.isPrimaryKey()) {
            copy.primaryKey();
        }
        if (!c.isNullable()) {
            copy.notNull();
        }
        if (c.isUnique()) {
            copy.unique();
        }
        if (c.isIndexed()) {
            copy.index();
        }
        return copy;
    }
}
