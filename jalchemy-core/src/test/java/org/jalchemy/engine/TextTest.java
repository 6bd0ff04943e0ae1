package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.CompileError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Raw SQL through {@code text()}: named parameters, escapes, expanding IN, executemany. */
class TextTest extends DatabaseTest {
    @BeforeEach
    void schema() {
        engine.transaction(conn -> {
            conn.execute(text("CREATE TABLE users (id INTEGER PRIMARY KEY, username VARCHAR(50) NOT NULL)"));
            conn.execute(text("INSERT INTO users (id, username) VALUES (:id, :username)"), List.of(
                    Map.of("id", 1, "username", "alice"), Map.of("id", 2, "username", "bob"),
                    Map.of("id", 3, "username", "carol"), Map.of("id", 4, "username", "dave")));
        });
        clearStatements();
    }

    @Test
    void namedParameters() {
        try (Connection conn = engine.connect()) {
            String name = conn.execute(text("SELECT username FROM users WHERE id = :user_id"), Map.of("user_id", 2)).scalar();
            assertThat(name).isEqualTo("bob");
            assertThat(statements).containsExactly("SELECT username FROM users WHERE id = ?");
        }
    }

    @Test
    void aNameUsedTwiceIsBoundTwice() {
        try (Connection conn = engine.connect()) {
            List<String> names = conn.execute(text("SELECT username FROM users WHERE id = :v OR id = :v + 2 ORDER BY id"),
                    Map.of("v", 1)).<String>scalars().all();
            assertThat(names).containsExactly("alice", "carol");
            assertThat(statements).containsExactly("SELECT username FROM users WHERE id = ? OR id = ? + 2 ORDER BY id");
        }
    }

    @Test
    void backslashColonIsALiteralColon() {
        try (Connection conn = engine.connect()) {
            String time = conn.execute(text("SELECT 'at \\:thirty' FROM users WHERE id = :id"), Map.of("id", 1)).scalar();
            assertThat(time).isEqualTo("at :thirty");
            String clock = conn.execute(text("SELECT '12:30:00' FROM users WHERE id = :id"), Map.of("id", 1)).scalar();
            assertThat(clock).isEqualTo("12:30:00");
        }
        assertThat(statements).containsExactly("SELECT 'at :thirty' FROM users WHERE id = ?",
                "SELECT '12:30:00' FROM users WHERE id = ?");
    }

    @Test
    void postgresCastsAreLeftAlone() {
        if (database != TestDatabase.POSTGRESQL) {
            assertThat(text("SELECT :val::int").parameterNames()).containsExactly("val");
            return;
        }
        try (Connection conn = engine.connect()) {
            Object n = conn.execute(text("SELECT id::text FROM users WHERE id = :id::int"), Map.of("id", "3")).scalar();
            assertThat(n).isEqualTo("3");
            Object cast = conn.execute(text("SELECT CAST(:val::text AS varchar)"), Map.of("val", "x")).scalar();
            assertThat(cast).isEqualTo("x");
        }
        assertThat(statements).containsExactly("SELECT id::text FROM users WHERE id = ?::int",
                "SELECT CAST(?::text AS varchar)");
    }

    @Test
    void collectionParameterExpands() {
        try (Connection conn = engine.connect()) {
            List<String> names = conn.execute(text("SELECT username FROM users WHERE id IN :ids ORDER BY id"),
                    Map.of("ids", List.of(1, 3, 4))).<String>scalars().all();
            assertThat(names).containsExactly("alice", "carol", "dave");
            List<String> two = conn.execute(text("SELECT username FROM users WHERE id IN :ids ORDER BY id"),
                    Map.of("ids", new LinkedHashSet<>(List.of(2, 1)))).<String>scalars().all();
            assertThat(two).containsExactly("alice", "bob");
        }
        assertThat(statements).containsExactly("SELECT username FROM users WHERE id IN (?, ?, ?) ORDER BY id",
                "SELECT username FROM users WHERE id IN (?, ?) ORDER BY id");
    }

    @Test
    void emptyCollectionParameterIsRejected() {
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(text("SELECT username FROM users WHERE id IN :ids"), Map.of("ids", List.of())))
                    .isInstanceOf(CompileError.class)
                    .hasMessageContaining("'ids' is an empty collection");
        }
        assertThat(statements).isEmpty();
    }

    @Test
    void missingParameterIsAnArgumentErrorAndNothingIsSent() {
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(text("SELECT username FROM users WHERE id = :user_id AND username = :name"),
                    Map.of("user_id", 1)))
                    .isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("'name'");
            assertThatThrownBy(() -> conn.execute(text("SELECT username FROM users WHERE id = :user_id")))
                    .isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("'user_id'");
            assertThat(conn.inTransaction()).isFalse();
        }
        assertThat(statements).isEmpty();
    }

    @Test
    void executemanyIsOneBatch() {
        try (Connection conn = engine.connect()) {
            Result inserted = conn.execute(text("INSERT INTO users (id, username) VALUES (:id, :username)"), List.of(
                    Map.of("id", 10, "username", "x1"), Map.of("id", 11, "username", "x2"), Map.of("id", 12, "username", "x3")));
            assertThat(inserted.rowcount()).isEqualTo(3);
            Result updated = conn.execute(text("UPDATE users SET username = :name WHERE id = :id"), List.of(
                    Map.of("id", 1, "name", "A"), Map.of("id", 2, "name", "B"), Map.of("id", 99, "name", "nobody")));
            assertThat(updated.rowcount()).isEqualTo(2);
            conn.commit();
        }
        assertThat(statements).containsExactly("INSERT INTO users (id, username) VALUES (?, ?)",
                "UPDATE users SET username = ? WHERE id = ?");
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(text("SELECT count(*) FROM users")).<Object>scalar()).hasToString("7");
            assertThat(conn.execute(text("SELECT username FROM users WHERE id = 2")).<Object>scalar()).isEqualTo("B");
        }
    }

    @Test
    void executemanyWithOneMapRunsOnce() {
        try (Connection conn = engine.connect()) {
            Result r = conn.execute(text("DELETE FROM users WHERE id = :id"), List.of(Map.of("id", 4)));
            assertThat(r.rowcount()).isEqualTo(1);
            assertThatThrownBy(() -> conn.execute(text("DELETE FROM users WHERE id = :id"), List.<Map<String, Object>>of()))
                    .isInstanceOf(ArgumentError.class);
        }
    }

    @Test
    void executemanyWithDifferentKeysIsRefusedBeforeAnySql() {
        var users = new org.jalchemy.schema.MetaData().table("users",
                org.jalchemy.schema.Column.of("id", org.jalchemy.types.Types.INTEGER).primaryKey(),
                org.jalchemy.schema.Column.of("username", org.jalchemy.types.Types.string(50)));
        try (Connection conn = engine.connect()) {
            // the statement is compiled from the first map: a key only later maps have would be silently dropped
            assertThatThrownBy(() -> conn.execute(org.jalchemy.Sql.insert(users), List.of(
                    Map.of("id", 20), Map.of("id", 21, "username", "late"))))
                    .isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("Parameter map 1").hasMessageContaining("[id, username]").hasMessageContaining("[id]");
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO users (id, username) VALUES (:id, :username)"), List.of(
                    Map.of("id", 22, "username", "a"), Map.of("id", 23))))
                    .isInstanceOf(ArgumentError.class);
        }
        assertThat(statements).isEmpty();
    }
}
