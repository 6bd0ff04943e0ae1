package org.jalchemy.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.text;
import static org.jalchemy.types.Types.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jalchemy.engine.Connection;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.ForeignKeyConstraint;
import org.jalchemy.schema.Index;
import org.jalchemy.schema.Inspector;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.ReflectedCheckConstraint;
import org.jalchemy.schema.ReflectedForeignKey;
import org.jalchemy.schema.ReflectedIndex;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Foreign keys and checks added and dropped in batch mode, by the same revision scripts on every database: a move-and-copy
 * rebuild on SQLite, plain ALTER TABLE elsewhere. Rows are kept, the constraints hold afterwards, reflection shows them,
 * a downgrade restores what the upgrade dropped, and a batch that fails leaves the database as it was.
 */
class BatchConstraintsTest extends DatabaseTest {
    @TempDir
    Path dir;

    private static final String ADD = """
            op.batchAlterTable("players", batch -> batch
                    .createForeignKey("fk_players_team", "teams", List.of("team_id"), List.of("id"), "CASCADE")
                    .createCheckConstraint("ck_players_age", "age >= 0"));""";
    private static final String DROP = """
            op.batchAlterTable("players", batch -> batch
                    .dropConstraint("ck_players_age", "check")
                    .dropConstraint("fk_players_team", "foreignkey"));""";

    private void schema() {
        MetaData md = new MetaData();
        md.table("teams", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(40)).notNull());
        md.table("players", Column.of("id", INTEGER).primaryKey(), Column.of("team_id", INTEGER),
                Column.of("nick", string(40)), Column.of("age", INTEGER), Index.of("ix_players_nick", "nick"));
        md.createAll(engine);
        sql("INSERT INTO teams (id, name) VALUES (1, 'red'), (2, 'blue')",
                "INSERT INTO players (id, team_id, nick, age) VALUES (10, 1, 'ann', 30), (11, 2, 'bob', 41), (12, NULL, 'cy', 0)",
                // a view on the table: SQLite's rename after the rebuild must not trip over it
                "CREATE VIEW player_nicks AS SELECT nick FROM players");
    }

    private void sql(String... statements) {
        try (Connection conn = engine.connect()) {
            conn.begin();
            for (String s : statements) {
                conn.execute(text(s));
            }
            conn.commit();
        }
    }

    private Migrator revisions(String... upgradeAndDowngrade) {
        String down = null;
        for (int i = 0; i < upgradeAndDowngrade.length; i += 2) {
            String id = RevisionWriter.newId();
            RevisionWriter.write(dir, id, down == null ? List.of() : List.of(down), "r" + i, List.of(),
                    upgradeAndDowngrade[i], upgradeAndDowngrade[i + 1]);
            down = id;
        }
        return new Migrator(new ScriptDirectory(dir).load(), new VersionTable(null), null);
    }

    private Map<Integer, String> players() {
        Map<Integer, String> out = new TreeMap<>();
        try (Connection conn = engine.connect()) {
            for (var r : conn.execute(text("SELECT id, nick FROM players")).all()) {
                out.put(((Number) r.get(0)).intValue(), r.get(1));
            }
        }
        return out;
    }

    private void assertRejected(String insert) {
        try (Connection conn = engine.connect()) {
            conn.begin();
            assertThatThrownBy(() -> conn.execute(text(insert))).isInstanceOf(IntegrityError.class);
            conn.rollback();
        }
    }

    @Test
    void foreignKeyAndCheckAddedAndDroppedKeepRowsAndHold() {
        schema();
        Migrator m = revisions(ADD, DROP);
        clearStatements();
        m.upgrade(engine, "head");

        Inspector insp = Inspector.of(engine);
        assertThat(insp.foreignKeys("players")).singleElement().satisfies(fk -> {
            assertThat(fk.name()).isEqualTo("fk_players_team");
            assertThat(fk.columns()).containsExactly("team_id");
            assertThat(fk.referredTable()).isEqualTo("teams");
            assertThat(fk.referredColumns()).containsExactly("id");
            assertThat(fk.onDelete()).isEqualTo("CASCADE");
        });
        assertThat(insp.checkConstraints("players")).extracting(ReflectedCheckConstraint::name).contains("ck_players_age");
        assertThat(insp.indexes("players")).extracting(ReflectedIndex::name).contains("ix_players_nick");
        assertThat(players()).isEqualTo(Map.of(10, "ann", 11, "bob", 12, "cy"));
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(text("SELECT count(*) FROM player_nicks")).<Number>scalar().intValue()).isEqualTo(3);
        }
        assertRejected("INSERT INTO players (id, team_id, nick, age) VALUES (20, 99, 'dan', 5)");
        assertRejected("INSERT INTO players (id, team_id, nick, age) VALUES (21, 1, 'eve', -1)");
        sql("DELETE FROM teams WHERE id = 2"); // the new ON DELETE CASCADE works, so enforcement is back on
        assertThat(players()).isEqualTo(Map.of(10, "ann", 12, "cy"));
        if (database == TestDatabase.SQLITE) {
            assertThat(statements).containsSubsequence("PRAGMA foreign_keys",
                    "INSERT INTO _jalchemy_tmp_players (id, team_id, nick, age) SELECT id, team_id, nick, age FROM players",
                    "DROP TABLE players", "ALTER TABLE _jalchemy_tmp_players RENAME TO players",
                    "CREATE INDEX ix_players_nick ON players (nick)", "PRAGMA foreign_key_check");
        } else {
            assertThat(statements).noneMatch(s -> s.contains("_jalchemy_tmp_"))
                    .anyMatch(s -> s.contains("ADD CONSTRAINT") && s.contains("FOREIGN KEY"))
                    .anyMatch(s -> s.contains("ADD CONSTRAINT") && s.contains("CHECK"));
        }

        m.downgrade(engine, "base");
        assertThat(Inspector.of(engine).foreignKeys("players")).isEmpty();
        assertThat(Inspector.of(engine).checkConstraints("players")).extracting(ReflectedCheckConstraint::name)
                .doesNotContain("ck_players_age");
        assertThat(Inspector.of(engine).indexes("players")).extracting(ReflectedIndex::name).contains("ix_players_nick");
        sql("INSERT INTO players (id, team_id, nick, age) VALUES (20, 99, 'dan', -5)");
        assertThat(players()).isEqualTo(Map.of(10, "ann", 12, "cy", 20, "dan"));
    }

    @Test
    void rebuildingAReferencedTableKeepsItsCascadingChildren() {
        MetaData md = new MetaData();
        md.table("teams", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(40)).notNull());
        md.table("players", Column.of("id", INTEGER).primaryKey(),
                Column.of("team_id", INTEGER).references("teams.id").onDelete("CASCADE"), Column.of("nick", string(40)));
        md.createAll(engine);
        sql("INSERT INTO teams (id, name) VALUES (1, 'red'), (2, 'blue')",
                "INSERT INTO players (id, team_id, nick) VALUES (10, 1, 'ann'), (11, 2, 'bob')");

        // before: dropping teams inside the rebuild fired the CASCADE and emptied players on SQLite
        revisions("""
                op.batchAlterTable("teams", batch -> batch
                        .alterColumn("name", a -> a.type(string(80)))
                        .createCheckConstraint("ck_teams_name", "name <> ''"));""", """
                op.batchAlterTable("teams", batch -> batch.dropConstraint("ck_teams_name", "check"));""")
                .upgrade(engine, "head");

        assertThat(players()).isEqualTo(Map.of(10, "ann", 11, "bob"));
        assertRejected("INSERT INTO teams (id, name) VALUES (3, '')");
        assertRejected("INSERT INTO players (id, team_id, nick) VALUES (12, 99, 'cy')");
        sql("DELETE FROM teams WHERE id = 1");
        assertThat(players()).isEqualTo(Map.of(11, "bob"));
    }

    @Test
    void downgradeRestoresADroppedForeignKey() {
        MetaData md = new MetaData();
        md.table("teams", Column.of("id", INTEGER).primaryKey());
        md.table("players", Column.of("id", INTEGER).primaryKey(), Column.of("team_id", INTEGER), Column.of("nick", string(40)),
                ForeignKeyConstraint.of(List.of("team_id"), List.of("teams.id")).named("fk_players_team"));
        md.createAll(engine);
        sql("INSERT INTO teams (id) VALUES (1)", "INSERT INTO players (id, team_id) VALUES (10, 1)");
        Migrator m = revisions("""
                op.batchAlterTable("players", batch -> batch.dropConstraint("fk_players_team", "foreignkey"));""", """
                op.batchAlterTable("players", batch -> batch.createForeignKey("fk_players_team", "teams", List.of("team_id"), List.of("id")));""");
        m.upgrade(engine, "head");
        assertThat(Inspector.of(engine).foreignKeys("players")).isEmpty();
        m.downgrade(engine, "base");
        assertThat(Inspector.of(engine).foreignKeys("players")).extracting(ReflectedForeignKey::name).containsExactly("fk_players_team");
        assertRejected("INSERT INTO players (id, team_id) VALUES (11, 99)");
        assertThat(players()).containsOnlyKeys(10);
    }

    @Test
    void aFailingBatchLeavesTheDatabaseAsItWas() {
        schema();
        sql("INSERT INTO players (id, team_id, nick, age) VALUES (13, 99, 'orphan', 7)");
        Migrator m = revisions(ADD, DROP);
        assertThatThrownBy(() -> m.upgrade(engine, "head")).isInstanceOf(MigrationError.class);
        assertThat(m.current(engine)).isEmpty();
        assertThat(Inspector.of(engine).foreignKeys("players")).isEmpty();
        assertThat(Inspector.of(engine).tableNames()).noneMatch(t -> t.startsWith("_jalchemy_"));
        assertThat(players()).containsOnlyKeys(10, 11, 12, 13);
        if (database == TestDatabase.SQLITE) { // the failed revision gave foreign-key enforcement back
            try (Connection conn = engine.connect()) {
                assertThat(conn.execute(text("PRAGMA foreign_keys")).<Number>scalar().intValue()).isEqualTo(1);
            }
        }

        sql("DELETE FROM players WHERE id = 13", "UPDATE players SET age = -1 WHERE id = 12");
        assertThatThrownBy(() -> m.upgrade(engine, "head")).isInstanceOf(MigrationError.class);
        assertThat(m.current(engine)).isEmpty();
        assertThat(Inspector.of(engine).checkConstraints("players")).extracting(ReflectedCheckConstraint::name)
                .doesNotContain("ck_players_age");
        assertThat(players()).containsOnlyKeys(10, 11, 12);
        if (database != TestDatabase.MARIADB) { // MariaDB commits each ALTER by itself: the foreign key had been added
            assertThat(Inspector.of(engine).foreignKeys("players")).isEmpty();
        }
    }

    @Test
    void droppingAConstraintTheTableDoesNotHaveIsAClearError() {
        schema();
        Migrator m = revisions("""
                op.batchAlterTable("players", batch -> batch.dropConstraint("fk_nope", "foreignkey"));""", "");
        assertThatThrownBy(() -> m.upgrade(engine, "head")).isInstanceOf(MigrationError.class)
                .hasMessageContaining("fk_nope");
        assertThat(players()).containsOnlyKeys(10, 11, 12);
        if (database == TestDatabase.SQLITE) {
            assertThatThrownBy(() -> m.upgrade(engine, "head"))
                    .hasMessageContaining("batchAlterTable(\"players\").dropConstraint(\"fk_nope\", \"foreignkey\"): the table has no foreign key");
        }
    }

    @Test
    void theRevisionInMigrationsMdRunsBothWays() {
        MetaData md = new MetaData();
        md.table("teams", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(40)).notNull());
        md.table("players", Column.of("id", INTEGER).primaryKey(), Column.of("team_id", INTEGER),
                Column.of("nick", string(40)), Column.of("age", INTEGER), Column.of("legacy", string(10)),
                Index.of("ix_players_nick", "nick"));
        md.createAll(engine);
        sql("INSERT INTO teams (id, name) VALUES (1, 'red')",
                "INSERT INTO players (id, team_id, nick, age, legacy) VALUES (10, 1, 'ann', 30, 'x'), (11, NULL, 'bob', 41, 'y')");
        Migrator m = revisions("""
                op.batchAlterTable("players", batch -> batch
                        .alterColumn("nick", a -> a.type(string(60)).nullable(false))
                        .dropColumn("legacy")
                        .createForeignKey("fk_players_team", "teams", List.of("team_id"), List.of("id"), "CASCADE")
                        .createCheckConstraint("ck_players_age", "age >= 0")
                        .createUniqueConstraint("uq_players_nick", "nick")
                        .createIndex("ix_players_age", false, "age"));""", """
                op.batchAlterTable("players", batch -> batch
                        .dropIndex("ix_players_age")
                        .dropConstraint("uq_players_nick", "unique")
                        .dropConstraint("ck_players_age", "check")
                        .dropConstraint("fk_players_team", "foreignkey")
                        .addColumn(Column.of("legacy", string(10)))
                        .alterColumn("nick", a -> a.type(string(40)).nullable(true)));""");
        m.upgrade(engine, "head");
        Inspector insp = Inspector.of(engine);
        assertThat(insp.columns("players")).extracting(c -> c.name()).containsExactlyInAnyOrder("id", "team_id", "nick", "age");
        assertThat(insp.indexes("players")).extracting(ReflectedIndex::name).contains("ix_players_nick", "ix_players_age");
        assertThat(insp.foreignKeys("players")).extracting(ReflectedForeignKey::name).containsExactly("fk_players_team");
        assertThat(players()).isEqualTo(Map.of(10, "ann", 11, "bob"));
        assertRejected("INSERT INTO players (id, team_id, nick, age) VALUES (20, NULL, 'ann', 5)");
        assertRejected("INSERT INTO players (id, team_id, nick, age) VALUES (21, NULL, NULL, 5)");

        m.downgrade(engine, "base");
        insp = Inspector.of(engine);
        assertThat(insp.columns("players")).extracting(c -> c.name()).contains("legacy");
        assertThat(insp.foreignKeys("players")).isEmpty();
        assertThat(insp.indexes("players")).extracting(ReflectedIndex::name).contains("ix_players_nick").doesNotContain("ix_players_age");
        assertThat(players()).isEqualTo(Map.of(10, "ann", 11, "bob"));
        sql("INSERT INTO players (id, team_id, nick, age) VALUES (20, 99, 'ann', -5)");
    }

    @Test
    void sqliteFileDatabaseThroughThePoolGetsEnforcementBack() {
        if (database != TestDatabase.SQLITE) {
            return; // a pooled SQLite file database; the in-memory one is covered by every other test here
        }
        try (org.jalchemy.engine.Engine file = org.jalchemy.engine.Engine.create("sqlite:///" + dir.resolve("app.db"))) {
            MetaData md = new MetaData();
            md.table("teams", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(40)).notNull());
            md.table("players", Column.of("id", INTEGER).primaryKey(),
                    Column.of("team_id", INTEGER).references("teams.id").onDelete("CASCADE"), Column.of("nick", string(40)));
            md.createAll(file);
            try (Connection conn = file.connect()) {
                conn.begin();
                conn.execute(text("INSERT INTO teams (id, name) VALUES (1, 'red'), (2, 'blue')"));
                conn.execute(text("INSERT INTO players (id, team_id, nick) VALUES (10, 1, 'ann'), (11, 2, 'bob')"));
                conn.commit();
            }
            Migrator m = revisions("""
                    op.batchAlterTable("teams", batch -> batch.createCheckConstraint("ck_teams_name", "name <> ''"));""", """
                    op.batchAlterTable("teams", batch -> batch.dropConstraint("ck_teams_name", "check"));""");
            m.upgrade(file, "head");
            m.downgrade(file, "base");
            m.upgrade(file, "head");
            try (Connection a = file.connect(); Connection b = file.connect()) {
                for (Connection conn : List.of(a, b)) {
                    assertThat(conn.execute(text("PRAGMA foreign_keys")).<Number>scalar().intValue()).isEqualTo(1);
                }
                assertThat(a.execute(text("SELECT count(*) FROM players")).<Number>scalar().intValue()).isEqualTo(2);
                a.execute(text("DELETE FROM teams WHERE id = 1"));
                a.commit();
                assertThat(a.execute(text("SELECT count(*) FROM players")).<Number>scalar().intValue()).isEqualTo(1);
            }
        }
    }

    @Test
    void sqliteRebuildKeepsTheTablesTriggers() {
        if (database != TestDatabase.SQLITE) {
            return; // the other databases ALTER the table in place, which keeps its triggers
        }
        schema();
        sql("CREATE TRIGGER players_upper AFTER INSERT ON players BEGIN UPDATE players SET nick = upper(nick) WHERE id = NEW.id; END");
        revisions(ADD, DROP).upgrade(engine, "head");
        sql("INSERT INTO players (id, team_id, nick, age) VALUES (20, 1, 'dan', 5)");
        assertThat(players()).containsEntry(20, "DAN");
    }

    @Test
    void sqliteRefusesARebuildThatWouldCascadeInsideTheCallersTransaction() {
        if (database != TestDatabase.SQLITE) {
            return; // the other databases ALTER the table in place
        }
        MetaData md = new MetaData();
        md.table("teams", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(40)));
        md.table("players", Column.of("id", INTEGER).primaryKey(),
                Column.of("team_id", INTEGER).references("teams.id").onDelete("CASCADE"), Column.of("nick", string(40)));
        md.createAll(engine);
        sql("INSERT INTO teams (id, name) VALUES (1, 'red')", "INSERT INTO players (id, team_id) VALUES (10, 1)");
        try (Connection conn = engine.connect()) {
            conn.begin();
            Operations op = new Operations(SqlSink.online(conn), null);
            assertThatThrownBy(() -> op.batchAlterTable("teams", b -> b.createCheckConstraint("ck_teams_name", "name <> ''")))
                    .isInstanceOf(MigrationError.class)
                    .hasMessageContaining("ON DELETE CASCADE of players [team_id]");
            conn.rollback();
        }
        assertThat(players()).containsOnlyKeys(10);
    }
}
