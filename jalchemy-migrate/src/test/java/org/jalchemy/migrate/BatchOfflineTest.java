package org.jalchemy.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.text;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.schema.Inspector;
import org.jalchemy.schema.ReflectedCheckConstraint;
import org.jalchemy.schema.ReflectedForeignKey;
import org.jalchemy.schema.ReflectedIndex;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline ({@code --sql}) batch operations: with the table's definition given ({@code copyFrom}) a SQLite batch renders
 * as a script, which, run statement by statement on a real database, leaves the rows and the new constraints in place;
 * the same revisions render plain ALTERs on the other databases. Without the definition, SQLite says what to give.
 */
class BatchOfflineTest extends DatabaseTest {
    @TempDir
    Path dir;

    private static final String CREATE = """
            op.createTable("teams", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(40)).notNull());
            op.createTable("players", Column.of("id", INTEGER).primaryKey(), Column.of("team_id", INTEGER),
                    Column.of("nick", string(40)), Column.of("age", INTEGER), Index.of("ix_players_nick", "nick"));
            op.bulkInsert(op.table("teams", Column.of("id", INTEGER), Column.of("name", string(40))), List.of(
                    Map.of("id", 1, "name", "red"), Map.of("id", 2, "name", "it's blue")));
            op.bulkInsert(op.table("players", Column.of("id", INTEGER), Column.of("team_id", INTEGER), Column.of("nick", string(40)),
                    Column.of("age", INTEGER)), List.of(
                    Map.of("id", 10, "team_id", 1, "nick", "ann", "age", 30), Map.of("id", 11, "team_id", 2, "nick", "bob", "age", 41)));""";
    private static final String UNDO_CREATE = """
            op.dropTable("players");
            op.dropTable("teams");""";
    /** The tables as the first revision left them: what the batches copy from. */
    private static final String TABLES = """
            Table teams = op.table("teams", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(40)).notNull());
            Table players = op.table("players", Column.of("id", INTEGER).primaryKey(), Column.of("team_id", INTEGER),
                    Column.of("nick", string(40)), Column.of("age", INTEGER), Index.of("ix_players_nick", "nick"));
            """;
    private static final String CONSTRAIN = TABLES + """
            op.batchAlterTable(players, batch -> batch
                    .createForeignKey("fk_players_team", "teams", List.of("team_id"), List.of("id"), "CASCADE")
                    .createCheckConstraint("ck_players_age", "age >= 0"));
            op.batchAlterTable(teams, batch -> batch.createCheckConstraint("ck_teams_name", "name <> ''"));""";
    private static final String UNCONSTRAIN = """
            Table teams = op.table("teams", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(40)).notNull(),
                    CheckConstraint.of("name <> ''", "ck_teams_name"));
            Table players = op.table("players", Column.of("id", INTEGER).primaryKey(), Column.of("team_id", INTEGER),
                    Column.of("nick", string(40)), Column.of("age", INTEGER), Index.of("ix_players_nick", "nick"),
                    ForeignKeyConstraint.of(List.of("team_id"), List.of("teams.id")).onDelete("CASCADE").named("fk_players_team"),
                    CheckConstraint.of("age >= 0", "ck_players_age"));
            op.batchAlterTable(teams, batch -> batch.dropConstraint("ck_teams_name", "check"));
            op.batchAlterTable(players, batch -> batch.dropConstraint("fk_players_team", "foreignkey")
                    .dropConstraint("ck_players_age", "check"));""";

    private String[] ids;

    private Migrator revisions() {
        ids = new String[] {RevisionWriter.newId(), RevisionWriter.newId()};
        RevisionWriter.write(dir, ids[0], List.of(), "create", List.of(), CREATE, UNDO_CREATE);
        RevisionWriter.write(dir, ids[1], List.of(ids[0]), "constrain", List.of(), CONSTRAIN, UNCONSTRAIN);
        return new Migrator(new ScriptDirectory(dir).load(), new VersionTable(null), null);
    }

    private static String upgradeSql(Migrator m, Dialect dialect) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        m.offlineUpgrade(dialect, new PrintStream(buf, true, StandardCharsets.UTF_8), null, "head");
        return buf.toString(StandardCharsets.UTF_8);
    }

    private String downgradeSql(Migrator m, Dialect dialect) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        m.offlineDowngrade(dialect, new PrintStream(buf, true, StandardCharsets.UTF_8), ids[1], ids[0]);
        return buf.toString(StandardCharsets.UTF_8);
    }

    /** Runs a script as a shell does: one statement at a time, each committed by itself. */
    private static void runScript(Engine on, String script) {
        try (Connection conn = on.connect()) {
            conn.withJdbc(jdbc -> {
                jdbc.setAutoCommit(true);
                try (Statement s = jdbc.createStatement()) {
                    for (String sql : script.split(";\n\n")) {
                        if (!sql.isBlank()) {
                            s.execute(sql);
                        }
                    }
                } finally {
                    jdbc.setAutoCommit(false);
                }
                return null;
            });
        }
    }

    private static Map<Integer, String> players(Engine on) {
        Map<Integer, String> out = new TreeMap<>();
        try (Connection conn = on.connect()) {
            for (var r : conn.execute(text("SELECT id, nick FROM players")).all()) {
                out.put(((Number) r.get(0)).intValue(), r.get(1));
            }
        }
        return out;
    }

    private static void assertRejected(Engine on, String insert) {
        try (Connection conn = on.connect()) {
            conn.begin();
            assertThatThrownBy(() -> conn.execute(text(insert))).isInstanceOf(IntegrityError.class);
            conn.rollback();
        }
    }

    private void assertConstrained(Engine on, Migrator m) {
        Inspector insp = Inspector.of(on);
        assertThat(insp.foreignKeys("players")).extracting(ReflectedForeignKey::name).containsExactly("fk_players_team");
        assertThat(insp.checkConstraints("players")).extracting(ReflectedCheckConstraint::name).contains("ck_players_age");
        assertThat(insp.checkConstraints("teams")).extracting(ReflectedCheckConstraint::name).contains("ck_teams_name");
        assertThat(insp.indexes("players")).extracting(ReflectedIndex::name).contains("ix_players_nick");
        assertThat(insp.tableNames()).noneMatch(t -> t.startsWith("_jalchemy_"));
        assertThat(players(on)).isEqualTo(Map.of(10, "ann", 11, "bob"));
        assertRejected(on, "INSERT INTO players (id, team_id, nick, age) VALUES (20, 99, 'dan', 5)");
        assertRejected(on, "INSERT INTO players (id, team_id, nick, age) VALUES (21, 1, 'eve', -1)");
        assertRejected(on, "INSERT INTO teams (id, name) VALUES (3, '')");
        assertThat(m.current(on)).containsExactly(ids[1]);
    }

    private void assertUnconstrained(Engine on, Migrator m) {
        assertThat(Inspector.of(on).foreignKeys("players")).isEmpty();
        assertThat(Inspector.of(on).checkConstraints("players")).extracting(ReflectedCheckConstraint::name)
                .doesNotContain("ck_players_age");
        assertThat(players(on)).isEqualTo(Map.of(10, "ann", 11, "bob"));
        assertThat(m.current(on)).containsExactly(ids[0]);
    }

    @Test
    void offlineScriptWithTheTableDefinitionRunsAndKeepsRows() {
        Migrator m = revisions();
        String up = upgradeSql(m, engine.dialect());
        if (database == TestDatabase.SQLITE) {
            assertThat(up).contains("PRAGMA foreign_keys = OFF;", "SAVEPOINT jalchemy_batch;",
                    "INSERT INTO _jalchemy_tmp_players (id, team_id, nick, age) SELECT id, team_id, nick, age FROM players;",
                    "ALTER TABLE _jalchemy_tmp_players RENAME TO players;", "RELEASE jalchemy_batch;", "PRAGMA foreign_keys = ON;");
        } else {
            assertThat(up).doesNotContain("_jalchemy_tmp_").contains("FOREIGN KEY");
        }
        runScript(engine, up);
        assertConstrained(engine, m);

        runScript(engine, downgradeSql(m, engine.dialect()));
        assertUnconstrained(engine, m);
    }

    @Test
    void sqliteFileDatabaseWithForeignKeysOnRunsTheScript() {
        if (database != TestDatabase.SQLITE) {
            return; // the file database is SQLite's; the other databases run the script in the test above
        }
        Migrator m = revisions();
        try (Engine file = Engine.create("sqlite:///" + dir.resolve("offline.db"))) {
            // JAlchemy's connections enforce foreign keys: the script's PRAGMA keeps teams' rebuild from cascading
            runScript(file, upgradeSql(m, file.dialect()));
            assertConstrained(file, m);
            try (Connection conn = file.connect()) {
                conn.begin();
                conn.execute(text("DELETE FROM teams WHERE id = 2"));
                conn.commit();
            }
            assertThat(players(file)).containsOnlyKeys(10);
            runScript(file, downgradeSql(m, file.dialect()));
            assertThat(Inspector.of(file).foreignKeys("players")).isEmpty();
            assertThat(players(file)).containsOnlyKeys(10);
        }
    }

    @Test
    void offlineBatchWithoutTheDefinitionSaysWhatToGive() {
        String id = RevisionWriter.newId();
        RevisionWriter.write(dir, id, List.of(), "constrain", List.of(), """
                op.batchAlterTable("players", batch -> batch.createCheckConstraint("ck_players_age", "age >= 0"));""", "");
        Migrator m = new Migrator(new ScriptDirectory(dir).load(), new VersionTable(null), null);
        if (database == TestDatabase.SQLITE) {
            assertThatThrownBy(() -> upgradeSql(m, engine.dialect())).isInstanceOf(MigrationError.class)
                    .hasMessageContaining("Batch mode on SQLite reads table 'players' from the database, so it cannot run offline (--sql)")
                    .hasMessageContaining("op.batchAlterTable(op.table(\"players\", ");
        } else {
            assertThat(upgradeSql(m, engine.dialect())).contains("CHECK (age >= 0)");
        }
    }
}
