package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jalchemy.exc.DBAPIError;
import org.jalchemy.exc.DataError;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.exc.OperationalError;
import org.jalchemy.exc.ProgrammingError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Database errors arrive as the {@code org.jalchemy.exc} kind SQLAlchemy would raise, carrying the SQL,
 * the parameters and the driver's SQLSTATE / vendor code.
 */
class ErrorsTest extends DatabaseTest {
    private Table users;
    private Table addresses;

    @BeforeEach
    void schema() {
        MetaData md = new MetaData();
        users = md.table("users",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("username", string(10)).unique().notNull());
        addresses = md.table("addresses",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("user_id", INTEGER).references("users.id"));
        md.createAll(engine);
        engine.transaction(conn -> conn.execute(insert(users).values(Map.of("id", 1, "username", "alice"))));
    }

    private <E extends DBAPIError> E failing(Class<E> kind, org.jalchemy.sql.Executable stmt, Map<String, ?> params) {
        try (Connection conn = engine.connect()) {
            return catchThrowableOfType(kind, () -> conn.execute(stmt, params));
        }
    }

    /** The SQLSTATE on the servers; SQLite has none, its result code is the vendor code. */
    private void assertCode(DBAPIError e, String pgState, String mariaState, int sqliteCode) {
        switch (database) {
            case POSTGRESQL -> assertThat(e.sqlState()).isEqualTo(pgState);
            case MARIADB -> assertThat(e.sqlState()).isEqualTo(mariaState);
            case SQLITE -> assertThat(e.vendorCode() & 0xff).isEqualTo(sqliteCode);
        }
    }

    @Test
    void uniqueViolationIsIntegrityError() {
        IntegrityError e = failing(IntegrityError.class, insert(users), Map.of("id", 2, "username", "alice"));
        assertThat(e).isNotNull();
        assertThat(e.sql()).startsWith("INSERT INTO users");
        assertThat(e.params()).containsExactly(2, "alice");
        assertThat(e.getMessage()).contains("[SQL: INSERT INTO users").contains("[parameters: [2, alice]]");
        assertCode(e, "23505", "23000", 19);
        switch (database) {
            case MARIADB -> assertThat(e.vendorCode()).isEqualTo(1062);
            case SQLITE -> {
                assertThat(e.sqlState()).isNull();
                assertThat(e.vendorCode()).isEqualTo(19);   // SQLITE_CONSTRAINT
            }
            case POSTGRESQL -> assertThat(e.getMessage()).contains("users_username_key");
        }
    }

    @Test
    void notNullViolationIsIntegrityError() {
        IntegrityError e = failing(IntegrityError.class, text("INSERT INTO users (id, username) VALUES (:id, :name)"),
                java.util.Collections.unmodifiableMap(new java.util.HashMap<String, Object>() {{
                    put("id", 3);
                    put("name", null);
                }}));
        assertThat(e).isNotNull();
        assertThat(e.sql()).isEqualTo("INSERT INTO users (id, username) VALUES (?, ?)");
        assertThat(e.params()).containsExactly(3, null);
        assertCode(e, "23502", "23000", 19);
    }

    @Test
    void missingValueForNotNullColumnIsIntegrityError() {
        // MariaDB reports this one as "Field 'username' doesn't have a default value" (1364, SQLSTATE HY000)
        IntegrityError e = failing(IntegrityError.class, text("INSERT INTO users (id) VALUES (:id)"), Map.of("id", 4));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).containsIgnoringCase("username");
    }

    @Test
    void foreignKeyViolationIsIntegrityError() {
        IntegrityError e = failing(IntegrityError.class, insert(addresses), Map.of("id", 1, "user_id", 99));
        assertThat(e).isNotNull();
        assertThat(e.params()).containsExactly(1, 99);
        assertCode(e, "23503", "23000", 19);
    }

    @Test
    void syntaxErrorIsProgrammingErrorOnServersOperationalOnSqlite() {
        // as SQLAlchemy: pysqlite raises OperationalError for SQL it cannot prepare
        Class<? extends DBAPIError> kind = database == TestDatabase.SQLITE ? OperationalError.class : ProgrammingError.class;
        DBAPIError e = failing(kind, text("SELEC id FROM users WHERE id = :id"), Map.of("id", 1));
        assertThat(e).isInstanceOf(kind);
        assertThat(e.sql()).isEqualTo("SELEC id FROM users WHERE id = ?");
        assertThat(e.params()).containsExactly(1);
        assertCode(e, "42601", "42000", 1);
    }

    @Test
    void unknownTableIsProgrammingErrorOnServersOperationalOnSqlite() {
        Class<? extends DBAPIError> kind = database == TestDatabase.SQLITE ? OperationalError.class : ProgrammingError.class;
        DBAPIError e = failing(kind, text("SELECT * FROM no_such_table"), Map.of());
        assertThat(e).isInstanceOf(kind);
        assertThat(e.getMessage()).contains("no_such_table");
        assertCode(e, "42P01", "42S02", 1);
    }

    @Test
    void unknownColumnIsProgrammingErrorOnServers() {
        Class<? extends DBAPIError> kind = database == TestDatabase.SQLITE ? OperationalError.class : ProgrammingError.class;
        DBAPIError e = failing(kind, text("SELECT nope FROM users"), Map.of());
        assertThat(e).isInstanceOf(kind);
        assertThat(e.getMessage()).contains("nope");
    }

    @Test
    void valueTooLongIsDataErrorOnServers() {
        Map<String, Object> row = Map.of("id", 5, "username", "much-too-long-for-ten");
        if (database == TestDatabase.SQLITE) {
            // SQLite does not enforce VARCHAR lengths: the value is stored whole
            engine.transaction(conn -> conn.execute(insert(users), row));
            try (Connection conn = engine.connect()) {
                assertThat(conn.execute(select(users.c("username")).where(users.c("id").eq(5))).<Object>scalar())
                        .isEqualTo("much-too-long-for-ten");
            }
            return;
        }
        DataError e = failing(DataError.class, insert(users), row);
        assertThat(e).isNotNull();
        assertThat(e.params()).containsExactly(5, "much-too-long-for-ten");
        assertCode(e, "22001", "22001", 0);
    }

    @Test
    void unconvertibleValueIsDataErrorOnServers() {
        engine.transaction(conn -> conn.execute(text("CREATE TABLE nums (n INTEGER)")));
        if (database == TestDatabase.SQLITE) {
            // SQLite's type affinity keeps text that does not look like a number as text...
            engine.transaction(conn -> conn.execute(text("INSERT INTO nums (n) VALUES ('abc')")));
            // ...except in an INTEGER PRIMARY KEY (the rowid): SQLITE_MISMATCH, an IntegrityError as in pysqlite
            IntegrityError e = failing(IntegrityError.class, text("INSERT INTO users (id, username) VALUES ('abc', 'x')"), Map.of());
            assertThat(e).isNotNull();
            assertCode(e, null, null, 20);
            return;
        }
        DataError e = failing(DataError.class, text("INSERT INTO nums (n) VALUES ('abc')"), Map.of());
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("abc");
    }

    @Test
    void executemanyErrorCarriesEveryRow() {
        IntegrityError e;
        try (Connection conn = engine.connect()) {
            e = catchThrowableOfType(IntegrityError.class, () -> conn.execute(insert(users),
                    List.of(Map.of("id", 10, "username", "x"), Map.of("id", 11, "username", "x"))));
        }
        assertThat(e).isNotNull();
        assertThat(e.params()).isEqualTo(List.of(List.of(10, "x"), List.of(11, "x")));
    }

    @Test
    void connectionRefusedIsOperationalErrorWithThePasswordMasked() {
        String url = switch (database) {
            case POSTGRESQL -> "postgresql://postgres:s3cret@127.0.0.1:1/test";
            case MARIADB -> "mariadb://root:s3cret@127.0.0.1:1/test";
            case SQLITE -> "sqlite:////nonexistent-dir-" + System.nanoTime() + "/sub/db.sqlite";
        };
        try (Engine bad = Engine.builder(url).poolTimeout(Duration.ofSeconds(1)).build()) {
            OperationalError e = catchThrowableOfType(OperationalError.class, bad::connect);
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("Could not connect to " + URL.parse(url).render(true))
                    .doesNotContain("s3cret");
            assertThat(e.sql()).isNull();
            if (database != TestDatabase.SQLITE) {
                assertThat(e.sqlState()).startsWith("08");
            }
        }
    }
}
