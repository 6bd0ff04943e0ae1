package org.jalchemy.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jalchemy.Sql;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.migrate.cli.JalchemyCli;
import org.jalchemy.schema.Inspector;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code jalchemy migrate} command line run in-process: the whole workflow, outputs and exit codes. */
class CliTest extends DatabaseTest {
    @TempDir
    Path dir;

    private String url;
    private Engine db;
    private String out;
    private String err;

    @BeforeEach
    void setUp() {
        TestModels.version = 1;
        // the CLI opens its own engine: SQLite needs a file both can see
        url = database == TestDatabase.SQLITE ? "sqlite:///" + dir.resolve("app.db") : sandbox().url();
        db = Engine.create(url);
    }

    @AfterEach
    void tearDown() {
        db.dispose();
        TestModels.version = 1;
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cl = JalchemyCli.commandLine();
        cl.setOut(new PrintWriter(o, true));
        cl.setErr(new PrintWriter(e, true));
        String[] full = new String[args.length + 5];
        full[0] = "migrate";
        full[1] = "-c";
        full[2] = dir.resolve("migrations/jalchemy.properties").toString();
        full[3] = "--url";
        full[4] = url;
        System.arraycopy(args, 0, full, 5, args.length);
        int code = cl.execute(full);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private void init() {
        assertThat(run("init", dir.resolve("migrations").toString(), "--metadata", TestModels.class.getName())).isZero();
    }

    @Test
    void fullWorkflow() throws Exception {
        init();
        assertThat(Files.isDirectory(dir.resolve("migrations/versions"))).isTrue();
        assertThat(Files.readString(dir.resolve("migrations/jalchemy.properties")))
                .contains("metadata = " + TestModels.class.getName()).contains("version_table = jalchemy_version");

        assertThat(run("check")).isEqualTo(JalchemyCli.DIFFERENCES);
        assertThat(out).contains("Detected add table users");

        assertThat(run("revision", "-m", "create users", "--autogenerate", "--rev-id", "aaa111")).isZero();
        assertThat(out).contains("Detected add table users").contains("Generated ");
        assertThat(run("upgrade", "head")).isZero();
        assertThat(out).containsPattern("Upgrade base -> aaa111, create users \\d+ ms");
        assertThat(run("check")).isZero();
        assertThat(out).contains("No differences");

        TestModels.version = 2;
        assertThat(run("revision", "-m", "email and tags", "--autogenerate", "--rev-id", "bbb222")).isZero();
        assertThat(out).contains("Detected add table tags", "Detected add column users.email",
                "Detected add index ix_users_email on users", "Detected remove column users.bio");
        String source = Files.readString(dir.resolve("migrations/versions/R_bbb222_email_and_tags.java"));
        assertThat(source).contains("a rename shows as a drop and an add").contains("down = {\"aaa111\"}");
        assertThat(run("upgrade", "head")).isZero();
        assertThat(run("check")).isZero();

        assertThat(run("current")).isZero();
        assertThat(out).contains("aaa111 -> bbb222 (head), email and tags");
        assertThat(run("history")).isZero();
        assertThat(out.lines().toList()).containsExactly("aaa111 -> bbb222 (head), email and tags", "<base> -> aaa111, create users");
        assertThat(run("history", "-r", "bbb222:", "--verbose")).isZero();
        assertThat(out).contains("Revision ID: bbb222").doesNotContain("create users");

        assertThat(run("downgrade", "-1")).isZero();
        assertThat(out).containsPattern("Downgrade bbb222 -> aaa111, email and tags \\d+ ms");
        TestModels.version = 1;
        assertThat(run("check")).isZero();
        assertThat(run("current")).isZero();
        assertThat(out).contains("<base> -> aaa111, create users");
    }

    @Test
    void exitCodes() {
        assertThat(run("current")).isEqualTo(JalchemyCli.MIGRATION_ERROR);
        assertThat(err).contains("No migration config at").contains("init");
        init();
        assertThat(run("upgrade", "nope")).isEqualTo(JalchemyCli.MIGRATION_ERROR);
        assertThat(err).contains("No revision, prefix or branch label 'nope'");
        assertThat(run("frobnicate")).isEqualTo(JalchemyCli.USAGE);
        assertThat(run("init", dir.resolve("migrations").toString())).isEqualTo(JalchemyCli.MIGRATION_ERROR);
        assertThat(err).contains("already exists");

        CommandLine cl = JalchemyCli.commandLine();
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(e, true));
        assertThat(cl.execute("migrate", "-c", dir.resolve("migrations/jalchemy.properties").toString(),
                "--url", "sqlite:///" + dir.resolve("no/such/dir/app.db"), "current")).isEqualTo(JalchemyCli.DATABASE_ERROR);
        assertThat(e.toString()).startsWith("ERROR: ");
    }

    @Test
    void branchesAndMerge() {
        init();
        assertThat(run("revision", "-m", "root", "--rev-id", "r00t")).isZero();
        assertThat(run("revision", "-m", "left", "--rev-id", "1eft", "--head", "r00t", "--branch-label", "left")).isZero();
        assertThat(run("revision", "-m", "right", "--rev-id", "r1ght", "--head", "r00t")).isZero();
        assertThat(run("heads")).isZero();
        assertThat(out.lines().toList()).containsExactly("r00t -> 1eft (head) (left), left", "r00t -> r1ght (head), right");
        assertThat(run("branches")).isZero();
        assertThat(out).contains("<base> -> r00t (branchpoint), root -> 1eft, r1ght");

        assertThat(run("upgrade", "head")).isEqualTo(JalchemyCli.MIGRATION_ERROR);
        assertThat(err).contains("Multiple heads [1eft, r1ght]").contains("merge");
        assertThat(run("revision", "-m", "more")).isEqualTo(JalchemyCli.MIGRATION_ERROR);

        assertThat(run("upgrade", "left@head")).isZero();
        assertThat(run("current")).isZero();
        assertThat(out.lines().toList()).containsExactly("r00t -> 1eft (head) (left), left");
        assertThat(run("upgrade", "heads")).isZero();
        assertThat(run("current")).isZero();
        assertThat(out.lines().toList()).hasSize(2);

        assertThat(run("merge", "-m", "join", "heads", "--rev-id", "m3rge")).isZero();
        assertThat(run("heads")).isZero();
        assertThat(out.lines().toList()).containsExactly("1eft, r1ght -> m3rge (head) (mergepoint), join");
        assertThat(run("upgrade", "head")).isZero();
        assertThat(out).contains("Upgrade 1eft, r1ght -> m3rge, join");
        assertThat(run("current")).isZero();
        assertThat(out.lines().toList()).containsExactly("1eft, r1ght -> m3rge (head) (mergepoint), join");
        try (Connection conn = db.connect()) {
            assertThat(conn.execute(Sql.text("SELECT version_num FROM jalchemy_version")).<String>scalars().all())
                    .containsExactly("m3rge");
        }
        assertThat(run("downgrade", "-1")).isZero();
        assertThat(run("current")).isZero();
        assertThat(out.lines().toList()).hasSize(2);
        assertThat(run("show", "m3r")).isZero();
        assertThat(out).contains("Rev: m3rge (head)", "Parent: 1eft, r1ght", "Message: join",
                "@Revision(id = \"m3rge\", down = {\"1eft\", \"r1ght\"}, message = \"join\")");
        assertThat(run("stamp", "r1ght")).isZero();
        assertThat(run("current")).isZero();
        assertThat(out.lines().toList()).containsExactly("r00t -> r1ght, right");
        assertThat(run("upgrade", "heads")).isZero();
        assertThat(run("downgrade", "r00t")).isZero();
        assertThat(run("current")).isZero();
        assertThat(out.lines().toList()).containsExactly("<base> -> r00t (branchpoint), root");
    }

    @Test
    void offlineSqlRunsCleanlyOnTheDatabase() {
        init();
        assertThat(run("revision", "-m", "create users", "--autogenerate", "--rev-id", "aaa111")).isZero();
        Path rev = dir.resolve("migrations/versions/R_aaa111_create_users.java");
        try {
            String src = Files.readString(rev).replace("op.dropTable(\"users\");",
                    "op.execute(\"DELETE FROM users\");\n        op.dropTable(\"users\");");
            src = src.replaceFirst("(op.createTable\\([^;]*;)", "$1\n        op.bulkInsert(op.table(\"users\", Column.of(\"id\", INTEGER),"
                    + " Column.of(\"name\", string(50))), List.of(Map.of(\"id\", 1, \"name\", \"O'Brien: x\")));");
            Files.writeString(rev, src);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(run("upgrade", "head", "--sql")).isZero();
        String script = out;
        assertThat(script).contains("CREATE TABLE").contains("'O''Brien: x'").contains("INSERT INTO jalchemy_version");
        assertThat(Inspector.of(db).hasTable("users")).isFalse();
        executeScript(script);
        assertThat(run("current")).isZero();
        assertThat(out).contains("aaa111");
        try (Connection conn = db.connect()) {
            assertThat(conn.execute(Sql.text("SELECT name FROM users")).<String>scalars().all()).containsExactly("O'Brien: x");
        }
        assertThat(run("downgrade", "aaa111:base", "--sql")).isZero();
        executeScript(out);
        assertThat(Inspector.of(db).hasTable("users")).isFalse();
        assertThat(run("current")).isZero();
        assertThat(out).contains("(base)");
    }

    private void executeScript(String script) {
        db.connect().withJdbc(jdbc -> {
            jdbc.setAutoCommit(true);
            try (var st = jdbc.createStatement()) {
                for (String sql : List.of(script.split(";\n"))) {
                    if (!sql.isBlank()) {
                        st.execute(sql);
                    }
                }
            }
            return null;
        });
    }
}
