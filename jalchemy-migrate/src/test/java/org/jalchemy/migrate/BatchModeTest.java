package org.jalchemy.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.text;
import static org.jalchemy.types.Types.*;

import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Index;
import org.jalchemy.schema.Inspector;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.ReflectedColumn;
import org.jalchemy.schema.ReflectedIndex;
import org.jalchemy.schema.ReflectedUniqueConstraint;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** batchAlterTable: a table rebuild on SQLite that keeps rows, indexes and references; plain ALTERs elsewhere. */
class BatchModeTest extends DatabaseTest {
    private void schema() {
        MetaData md = new MetaData();
        md.table("users", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(50)),
                Column.of("age", INTEGER), Column.of("legacy", string(10)), Index.of("ix_users_name", "name"));
        md.table("posts", Column.of("id", INTEGER).primaryKey(), Column.of("user_id", INTEGER).references("users.id"));
        md.createAll(engine);
        try (Connection conn = engine.connect()) {
            conn.begin();
            conn.execute(text("INSERT INTO users (id, name, age, legacy) VALUES (1, 'ann', 30, 'x'), (2, 'bob', 40, 'y')"));
            conn.execute(text("INSERT INTO posts (id, user_id) VALUES (10, 1)"));
            conn.commit();
        }
    }

    private void migrate(java.util.function.Consumer<Operations> ops) {
        try (Connection conn = engine.connect()) {
            conn.begin();
            ops.accept(new Operations(SqlSink.online(conn), null));
            conn.commit();
        }
    }

    @Test
    void rebuildKeepsRowsIndexesAndReferences() {
        schema();
        migrate(op -> op.batchAlterTable("users", b -> b
                .alterColumn("name", a -> a.type(string(120)).nullable(false))
                .dropColumn("legacy")
                .createUniqueConstraint("uq_users_name", "name")
                .createCheckConstraint("ck_users_age", "age >= 0")));

        Inspector insp = Inspector.of(engine);
        List<ReflectedColumn> cols = insp.columns("users");
        assertThat(cols).extracting(ReflectedColumn::name).containsExactly("id", "name", "age");
        assertThat(cols.get(1).nullable()).isFalse();
        assertThat(cols.get(1).typeName()).containsIgnoringCase("120");
        assertThat(insp.indexes("users")).extracting(ReflectedIndex::name).contains("ix_users_name");
        assertThat(insp.uniqueConstraints("users")).extracting(ReflectedUniqueConstraint::columns).contains(List.of("name"));
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(text("SELECT name FROM users ORDER BY id")).<String>scalars().all()).containsExactly("ann", "bob");
            assertThat(conn.execute(text("SELECT user_id FROM posts")).<Long>scalars().all()).containsExactly(1L);
            conn.rollback();
            conn.begin();
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO users (id, name, age) VALUES (3, 'ann', 1)")))
                    .isInstanceOf(IntegrityError.class);
            conn.rollback();
            conn.begin();
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO users (id, name, age) VALUES (4, 'cy', -1)")))
                    .isInstanceOf(IntegrityError.class);
            conn.rollback();
            conn.begin();
            // the reference from posts still points at users
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO posts (id, user_id) VALUES (11, 99)")))
                    .isInstanceOf(IntegrityError.class);
            conn.rollback();
        }
        if (database == TestDatabase.SQLITE) {
            assertThat(statements).contains("CREATE TABLE _jalchemy_old_users AS SELECT * FROM users", "DROP TABLE users",
                    "INSERT INTO users (id, name, age) SELECT id, name, age FROM _jalchemy_old_users",
                    "DROP TABLE _jalchemy_old_users", "CREATE INDEX ix_users_name ON users (name)");
        } else {
            assertThat(statements).noneMatch(s -> s.contains("_jalchemy_old_"));
        }
    }

    @Test
    void batchDropConstraintRebuildsWithoutIt() {
        schema();
        migrate(op -> op.batchAlterTable("users", b -> b.createUniqueConstraint("uq_users_age", "age")));
        migrate(op -> op.batchAlterTable("users", b -> b.dropConstraint("uq_users_age", "unique")));
        assertThat(Inspector.of(engine).uniqueConstraints("users")).noneMatch(u -> u.columns().equals(List.of("age")));
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(text("SELECT name FROM users ORDER BY id")).<String>scalars().all()).containsExactly("ann", "bob");
        }
    }
}
