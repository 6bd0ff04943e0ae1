package org.jalchemy.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.types.Types.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.mysql.MariaDbDialect;
import org.jalchemy.dialect.oracle.OracleDialect;
import org.jalchemy.dialect.postgresql.PostgresDialect;
import org.jalchemy.dialect.sqlite.SqliteDialect;
import org.jalchemy.schema.Column;
import org.junit.jupiter.api.Test;

/** The SQL each operation compiles to on each dialect (offline, so Oracle is covered too). */
class OperationsCompileTest {
    private static List<String> sql(Dialect dialect, Consumer<Operations> ops) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        SqlSink sink = SqlSink.offline(dialect, new PrintStream(buf, true, StandardCharsets.UTF_8));
        ops.accept(new Operations(sink, null));
        return sink.sent();
    }

    @Test
    void addAndDropColumn() {
        Consumer<Operations> ops = op -> {
            op.addColumn("users", Column.of("email", string(100)).notNull().index());
            op.dropColumn("users", "email");
        };
        assertThat(sql(PostgresDialect.INSTANCE, ops)).containsExactly(
                "ALTER TABLE users ADD COLUMN email VARCHAR(100) NOT NULL",
                "CREATE INDEX ix_users_email ON users (email)",
                "ALTER TABLE users DROP COLUMN email");
        assertThat(sql(MariaDbDialect.INSTANCE, op -> op.addColumn("order", Column.of("at", DATETIME))))
                .containsExactly("ALTER TABLE `order` ADD COLUMN at DATETIME(6)");
    }

    @Test
    void alterColumnPerDialect() {
        Consumer<Operations> ops = op -> op.alterColumn("users", "name",
                a -> a.type(string(200)).nullable(false).serverDefault("'x'").rename("full_name")
                        .existingType(string(50)).existingNullable(true));
        assertThat(sql(PostgresDialect.INSTANCE, ops)).containsExactly(
                "ALTER TABLE users ALTER COLUMN name TYPE VARCHAR(200)",
                "ALTER TABLE users ALTER COLUMN name SET NOT NULL",
                "ALTER TABLE users ALTER COLUMN name SET DEFAULT 'x'",
                "ALTER TABLE users RENAME COLUMN name TO full_name");
        assertThat(sql(MariaDbDialect.INSTANCE, ops)).containsExactly(
                "ALTER TABLE users MODIFY COLUMN name VARCHAR(200) DEFAULT 'x' NOT NULL",
                "ALTER TABLE users RENAME COLUMN name TO full_name");
        assertThat(sql(MariaDbDialect.INSTANCE, op -> op.alterColumn("users", "name", a -> a.nullable(true)
                .existingType(string(50)).existingNullable(false).existingServerDefault("'anon'"))))
                .containsExactly("ALTER TABLE users MODIFY COLUMN name VARCHAR(50) DEFAULT 'anon' NULL");
        assertThat(sql(PostgresDialect.INSTANCE, op -> op.alterColumn("t", "code", a -> a.type(INTEGER).using("code::integer"))))
                .containsExactly("ALTER TABLE t ALTER COLUMN code TYPE INTEGER USING code::integer");
        assertThat(sql(OracleDialect.INSTANCE, op -> op.alterColumn("users", "name", a -> a.nullable(true))))
                .containsExactly("ALTER TABLE users ALTER COLUMN name DROP NOT NULL");
        assertThat(sql(SqliteDialect.INSTANCE, op -> op.alterColumn("users", "name", a -> a.rename("n"))))
                .containsExactly("ALTER TABLE users RENAME COLUMN name TO n");
        assertThatThrownBy(() -> sql(SqliteDialect.INSTANCE, ops)).isInstanceOf(MigrationError.class)
                .hasMessageContaining("SQLite's ALTER TABLE cannot change the type, nullability or default of column 'name'")
                .hasMessageContaining("batchAlterTable");
    }

    @Test
    void mysqlOfflineAlterNeedsTheExistingDefinition() {
        assertThatThrownBy(() -> sql(MariaDbDialect.INSTANCE, op -> op.alterColumn("users", "name", a -> a.nullable(true))))
                .isInstanceOf(MigrationError.class).hasMessageContaining("existingType(...) and existingNullable(...)");
    }

    @Test
    void constraintsAndIndexes() {
        Consumer<Operations> ops = op -> {
            op.createUniqueConstraint("uq_users_name", "users", "name");
            op.createForeignKey("fk_posts_user", "posts", "users", List.of("user_id"), List.of("id"), "CASCADE");
            op.createCheckConstraint("ck_age", "users", "age >= 0");
            op.createPrimaryKey("pk_tags", "tags", "id");
            op.dropConstraint("fk_posts_user", "posts", "foreignkey");
            op.dropConstraint("uq_users_name", "users", "unique");
            op.createIndex("ix_users_name", "users", "name");
            op.dropIndex("ix_users_name", "users");
            op.renameTable("users", "people");
        };
        assertThat(sql(PostgresDialect.INSTANCE, ops)).containsExactly(
                "ALTER TABLE users ADD CONSTRAINT uq_users_name UNIQUE (name)",
                "ALTER TABLE posts ADD CONSTRAINT fk_posts_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE",
                "ALTER TABLE users ADD CONSTRAINT ck_age CHECK (age >= 0)",
                "ALTER TABLE tags ADD CONSTRAINT pk_tags PRIMARY KEY (id)",
                "ALTER TABLE posts DROP CONSTRAINT fk_posts_user",
                "ALTER TABLE users DROP CONSTRAINT uq_users_name",
                "CREATE INDEX ix_users_name ON users (name)",
                "DROP INDEX ix_users_name",
                "ALTER TABLE users RENAME TO people");
        assertThat(sql(MariaDbDialect.INSTANCE, ops)).contains(
                "ALTER TABLE posts DROP FOREIGN KEY fk_posts_user",
                "ALTER TABLE users DROP INDEX uq_users_name",
                "DROP INDEX ix_users_name ON users");
        assertThatThrownBy(() -> sql(SqliteDialect.INSTANCE, ops)).isInstanceOf(MigrationError.class)
                .hasMessageContaining("SQLite's ALTER TABLE cannot add constraint uq_users_name to table 'users'");
    }

    @Test
    void createTableAndBulkInsertRenderLiterals() {
        List<String> out = sql(PostgresDialect.INSTANCE, op -> {
            var t = op.createTable("things", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(20)).index());
            op.bulkInsert(t, List.of(Map.of("id", 1, "name", "it's"), Map.of("id", 2, "name", "b")));
            op.execute("UPDATE things SET name = '12:30'");
        });
        assertThat(out.get(0)).startsWith("CREATE TABLE things (\n\tid SERIAL NOT NULL");
        assertThat(out.subList(1, out.size())).containsExactly(
                "CREATE INDEX ix_things_name ON things (name)",
                "INSERT INTO things (id, name) VALUES (1, 'it''s')",
                "INSERT INTO things (id, name) VALUES (2, 'b')",
                "UPDATE things SET name = '12:30'");
    }
}
