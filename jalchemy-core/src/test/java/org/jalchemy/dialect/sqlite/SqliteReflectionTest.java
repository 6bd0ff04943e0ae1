package org.jalchemy.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.util.List;
import org.jalchemy.engine.Engine;
import org.jalchemy.schema.Inspector;
import org.jalchemy.schema.ReflectedCheckConstraint;
import org.jalchemy.schema.ReflectedColumn;
import org.jalchemy.schema.ReflectedForeignKey;
import org.jalchemy.schema.ReflectedUniqueConstraint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SQLite reflection of hand-written DDL: names and checks come from the CREATE TABLE text, in all its spellings. */
class SqliteReflectionTest {
    private Engine engine;

    @BeforeEach
    void open() {
        engine = Engine.create("sqlite:///:memory:");
    }

    @AfterEach
    void close() {
        engine.dispose();
    }

    private void ddl(String sql) {
        engine.transaction(c -> c.execute(text(sql)));
    }

    @Test
    void namesAndChecksFromHandWrittenDdl() {
        ddl("CREATE TABLE [Parent] (pid INTEGER PRIMARY KEY, code TEXT)");
        ddl("CREATE TABLE `kid` (\n"
                + "  id BIGINT PRIMARY KEY,\n"
                + "  \"Parent Id\" INTEGER CONSTRAINT fk_kid_parent REFERENCES [Parent],\n"
                + "  age INT CHECK (age > 0 AND (age < 200)),\n"
                + "  nick VARCHAR(10) CONSTRAINT ck_nick CHECK (nick NOT IN (',', ')')) UNIQUE,\n"
                + "  CONSTRAINT \"uq \"\"odd\"\" name\" UNIQUE (age, nick),\n"
                + "  CONSTRAINT ck_table CHECK (age <> 13)\n"
                + ")");
        Inspector insp = Inspector.of(engine);
        List<ReflectedColumn> cols = insp.columns("kid");
        assertThat(cols).extracting(ReflectedColumn::name).containsExactly("id", "Parent Id", "age", "nick");
        assertThat(cols).extracting(ReflectedColumn::type).containsExactly(BIGINT, INTEGER, INTEGER, string(10));
        // a BIGINT key is not SQLite's rowid alias, so SQLite does not generate it
        assertThat(cols.get(0).autoincrement()).isFalse();
        assertThat(insp.columns("Parent").get(0).autoincrement()).isTrue();

        ReflectedForeignKey fk = insp.foreignKeys("kid").get(0);
        assertThat(fk.referredTable()).isEqualTo("Parent");
        assertThat(fk.columns()).containsExactly("Parent Id");
        assertThat(fk.referredColumns()).containsExactly("pid");   // REFERENCES t means t's primary key

        assertThat(insp.checkConstraints("kid")).containsExactly(
                new ReflectedCheckConstraint(null, "age > 0 AND (age < 200)"),
                new ReflectedCheckConstraint("ck_nick", "nick NOT IN (',', ')')"),
                new ReflectedCheckConstraint("ck_table", "age <> 13"));
        assertThat(insp.uniqueConstraints("kid")).containsExactlyInAnyOrder(
                new ReflectedUniqueConstraint(null, List.of("nick")),
                new ReflectedUniqueConstraint("uq \"odd\" name", List.of("age", "nick")));
    }

    @Test
    void foreignKeysComeInDeclarationOrder() {
        ddl("CREATE TABLE a (id INTEGER PRIMARY KEY)");
        ddl("CREATE TABLE b (id INTEGER PRIMARY KEY, x INTEGER REFERENCES a (id) ON DELETE SET NULL, "
                + "y INTEGER, z INTEGER, CONSTRAINT fk_z FOREIGN KEY (z) REFERENCES a (id) ON UPDATE CASCADE, "
                + "FOREIGN KEY (y) REFERENCES a (id))");
        assertThat(Inspector.of(engine).foreignKeys("b")).containsExactly(
                new ReflectedForeignKey(null, List.of("x"), "a", List.of("id"), "SET NULL", null),
                new ReflectedForeignKey("fk_z", List.of("z"), "a", List.of("id"), null, "CASCADE"),
                new ReflectedForeignKey(null, List.of("y"), "a", List.of("id"), null, null));
    }
}
