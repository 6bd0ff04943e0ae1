package org.jalchemy.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jalchemy.schema.Inspector;
import org.jalchemy.schema.ReflectedColumn;
import org.jalchemy.schema.ReflectedIndex;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revisions compiled from source, upgraded and downgraded on every database, with the version table. */
class MigratorTest extends DatabaseTest {
    @TempDir
    Path dir;

    private Migrator migrator() {
        return new Migrator(new ScriptDirectory(dir).load(), new VersionTable(null), null);
    }

    private void twoRevisions() {
        RevisionWriter.write(dir, "aaaa00000001", List.of(), "create users", List.of(),
                "op.createTable(\"users\", Column.of(\"id\", INTEGER).primaryKey(), Column.of(\"name\", string(50)).notNull());",
                "op.dropTable(\"users\");");
        RevisionWriter.write(dir, "bbbb00000002", List.of("aaaa00000001"), "add email", List.of(),
                "op.addColumn(\"users\", Column.of(\"email\", string(100)));\n"
                        + "op.createIndex(\"ix_users_email\", \"users\", \"email\");\n"
                        + "op.batchAlterTable(\"users\", b -> b.alterColumn(\"name\", a -> a.type(string(200)).nullable(true)));\n"
                        + "op.bulkInsert(op.table(\"users\", Column.of(\"id\", INTEGER), Column.of(\"name\", string(200))),"
                        + " List.of(Map.of(\"id\", 1, \"name\", \"ann\")));",
                "op.execute(\"DELETE FROM users\");\n"
                        + "op.dropIndex(\"ix_users_email\", \"users\");\n"
                        + "op.dropColumn(\"users\", \"email\");\n"
                        + "op.batchAlterTable(\"users\", b -> b.alterColumn(\"name\", a -> a.type(string(50)).nullable(false)));");
    }

    private List<String> columnNames(String table) {
        List<String> out = new ArrayList<>();
        for (ReflectedColumn c : Inspector.of(engine).columns(table)) {
            out.add(c.name());
        }
        return out;
    }

    @Test
    void upgradeHeadThenDowngradeStepByStep() {
        twoRevisions();
        List<String> progress = new ArrayList<>();
        Migrator m = migrator().progress(progress::add);

        assertThat(m.upgrade(engine, "head")).hasSize(2);
        assertThat(m.current(engine)).containsExactly("bbbb00000002");
        assertThat(columnNames("users")).containsExactly("id", "name", "email");
        assertThat(Inspector.of(engine).indexes("users")).extracting(ReflectedIndex::name).contains("ix_users_email");
        ReflectedColumn name = Inspector.of(engine).columns("users").get(1);
        assertThat(name.nullable()).isTrue();
        assertThat(name.type().toString()).contains("200");
        assertThat(progress).hasSize(2);
        assertThat(progress.get(0)).matches("Upgrade base -> aaaa00000001, create users \\d+ ms");
        assertThat(progress.get(1)).startsWith("Upgrade aaaa00000001 -> bbbb00000002, add email");
        try (var conn = engine.connect()) {
            assertThat(conn.execute(org.jalchemy.Sql.text("SELECT name FROM users")).<String>scalars().all()).containsExactly("ann");
        }

        assertThat(m.downgrade(engine, "-1")).extracting(s -> s.revision().id()).containsExactly("bbbb00000002");
        assertThat(m.current(engine)).containsExactly("aaaa00000001");
        assertThat(columnNames("users")).containsExactly("id", "name");
        assertThat(Inspector.of(engine).columns("users").get(1).nullable()).isFalse();

        m.downgrade(engine, "base");
        assertThat(m.current(engine)).isEmpty();
        assertThat(Inspector.of(engine).hasTable("users")).isFalse();
        assertThat(Inspector.of(engine).hasTable("jalchemy_version")).isTrue();
    }

    @Test
    void relativeAndPrefixTargets() {
        twoRevisions();
        Migrator m = migrator();
        m.upgrade(engine, "+1");
        assertThat(m.current(engine)).containsExactly("aaaa00000001");
        m.upgrade(engine, "bbbb");
        assertThat(m.current(engine)).containsExactly("bbbb00000002");
        m.downgrade(engine, "aaaa00000001");
        assertThat(m.current(engine)).containsExactly("aaaa00000001");
        m.stamp(engine, "head");
        assertThat(m.current(engine)).containsExactly("bbbb00000002");
        assertThatThrownBy(() -> m.upgrade(engine, "zzz")).isInstanceOf(MigrationError.class)
                .hasMessageContaining("No revision, prefix or branch label 'zzz'");
    }

    @Test
    void failingRevisionLeavesNoTraceWhereDdlIsTransactional() {
        twoRevisions();
        RevisionWriter.write(dir, "cccc00000003", List.of("bbbb00000002"), "broken", List.of(),
                "op.createTable(\"audit\", Column.of(\"id\", INTEGER).primaryKey());\n"
                        + "op.execute(\"INSERT INTO no_such_table VALUES (1)\");",
                "op.dropTable(\"audit\");");
        Migrator m = migrator();
        m.upgrade(engine, "bbbb00000002");
        assertThatThrownBy(() -> m.upgrade(engine, "head")).isInstanceOf(MigrationError.class)
                .hasMessageContaining("Upgrade bbbb00000002 -> cccc00000003, broken failed")
                .satisfies(e -> {
                    MigrationError me = (MigrationError) e;
                    if (database == TestDatabase.MARIADB) {
                        assertThat(me.executedStatements()).hasSize(1);
                        assertThat(me.executedStatements().get(0)).startsWith("CREATE TABLE audit");
                    } else {
                        assertThat(me.executedStatements()).isEmpty();
                    }
                });
        assertThat(m.current(engine)).isEqualTo(Set.of("bbbb00000002"));
        assertThat(Inspector.of(engine).hasTable("audit")).isEqualTo(database == TestDatabase.MARIADB);
    }

    @Test
    void revisionThatDoesNotCompileIsReportedWithItsFile() {
        RevisionWriter.write(dir, "aaaa00000001", List.of(), "typo", List.of(), "op.creatTable(\"x\");", "");
        assertThatThrownBy(() -> new ScriptDirectory(dir).load()).isInstanceOf(MigrationError.class)
                .hasMessageContaining("do not compile").hasMessageContaining("R_aaaa00000001_typo.java:");
    }
}
