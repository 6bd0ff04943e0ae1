package org.jalchemy.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.jalchemy.dialect.mysql.MariaDbDialect;
import org.jalchemy.dialect.mysql.MySqlDialect;
import org.jalchemy.dialect.oracle.OracleDialect;
import org.jalchemy.dialect.postgresql.PostgresDialect;
import org.jalchemy.dialect.sqlite.SqliteDialect;
import org.jalchemy.exc.DBAPIError;
import org.jalchemy.exc.DataError;
import org.jalchemy.exc.DatabaseError;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.exc.InternalError;
import org.jalchemy.exc.NotSupportedError;
import org.jalchemy.exc.OperationalError;
import org.jalchemy.exc.ProgrammingError;
import org.junit.jupiter.api.Test;

/**
 * Error classification for driver errors the database tests cannot easily provoke (deadlocks, access
 * denied, lock timeouts); the common ones are proven against real databases in ErrorsTest.
 */
class TranslateTest {
    private static DBAPIError translate(Dialect d, String state, int code) {
        return d.translate(new SQLException("boom", state, code), "SELECT 1", List.of(7));
    }

    @Test
    void sqlstateClasses() {
        Dialect pg = PostgresDialect.INSTANCE;
        assertThat(translate(pg, "23505", 0)).isInstanceOf(IntegrityError.class);
        assertThat(translate(pg, "22001", 0)).isInstanceOf(DataError.class);
        assertThat(translate(pg, "42P01", 0)).isInstanceOf(ProgrammingError.class);
        assertThat(translate(pg, "3F000", 0)).isInstanceOf(ProgrammingError.class);
        assertThat(translate(pg, "40P01", 0)).isInstanceOf(OperationalError.class);   // deadlock
        assertThat(translate(pg, "55P03", 0)).isInstanceOf(OperationalError.class);   // lock not available
        assertThat(translate(pg, "57014", 0)).isInstanceOf(OperationalError.class);   // query cancelled
        assertThat(translate(pg, "28P01", 0)).isInstanceOf(OperationalError.class);   // bad password
        assertThat(translate(pg, "0A000", 0)).isInstanceOf(NotSupportedError.class);
        assertThat(translate(pg, "25P02", 0)).isInstanceOf(InternalError.class);      // transaction aborted
        assertThat(translate(pg, null, 0)).isExactlyInstanceOf(DatabaseError.class);
        assertThat(translate(OracleDialect.INSTANCE, "23000", 1)).isInstanceOf(IntegrityError.class);
    }

    @Test
    void mysqlVendorCodesDecideWhereTheSqlstateIsGeneric() {
        for (Dialect d : List.of(MySqlDialect.INSTANCE, MariaDbDialect.INSTANCE)) {
            assertThat(translate(d, "HY000", 1364)).isInstanceOf(IntegrityError.class);     // no default for NOT NULL field
            assertThat(translate(d, "01000", 1265)).isInstanceOf(DataError.class);          // data truncated
            assertThat(translate(d, "HY000", 1366)).isInstanceOf(DataError.class);          // incorrect integer value
            assertThat(translate(d, "28000", 1045)).isInstanceOf(OperationalError.class);   // access denied
            assertThat(translate(d, "42000", 1044)).isInstanceOf(OperationalError.class);   // access denied to database
            assertThat(translate(d, "HY000", 1205)).isInstanceOf(OperationalError.class);   // lock wait timeout
            assertThat(translate(d, "40001", 1213)).isInstanceOf(OperationalError.class);   // deadlock
            assertThat(translate(d, "23000", 4025)).isInstanceOf(IntegrityError.class);     // CHECK constraint
            assertThat(translate(d, "23000", 1062)).isInstanceOf(IntegrityError.class);
            assertThat(translate(d, "42S02", 1146)).isInstanceOf(ProgrammingError.class);
        }
    }

    @Test
    void sqliteResultCodes() {
        Dialect s = SqliteDialect.INSTANCE;
        assertThat(translate(s, null, 2067)).isInstanceOf(IntegrityError.class);   // SQLITE_CONSTRAINT_UNIQUE
        assertThat(translate(s, null, 1)).isExactlyInstanceOf(OperationalError.class);
        assertThat(translate(s, null, 5)).isExactlyInstanceOf(OperationalError.class);   // SQLITE_BUSY
        assertThat(translate(s, null, 18)).isInstanceOf(DataError.class);   // SQLITE_TOOBIG
    }

    @Test
    void translatedErrorsKeepSqlParamsAndCodes() {
        DBAPIError e = translate(MariaDbDialect.INSTANCE, "23000", 1062);
        assertThat(e.sql()).isEqualTo("SELECT 1");
        assertThat(e.params()).containsExactly(7);
        assertThat(e.sqlState()).isEqualTo("23000");
        assertThat(e.vendorCode()).isEqualTo(1062);
        assertThat(e.getMessage()).isEqualTo("(SQLException) [SQLSTATE 23000] boom\n[SQL: SELECT 1]\n[parameters: [7]]");
    }

    @Test
    void withoutSqlstateTheJdbcExceptionClassDecides() {
        Dialect maria = org.jalchemy.dialect.mysql.MariaDbDialect.INSTANCE;
        assertThat(maria.translate(new java.sql.SQLDataException("integer overflow"), "SELECT 1", List.of()))
                .isInstanceOf(DataError.class).hasMessageContaining("integer overflow").hasMessageContaining("SELECT 1");
        assertThat(maria.translate(new java.sql.SQLIntegrityConstraintViolationException("dup"), null, List.of()))
                .isInstanceOf(IntegrityError.class);
        assertThat(maria.translate(new java.sql.SQLSyntaxErrorException("bad"), null, List.of()))
                .isInstanceOf(ProgrammingError.class);
        assertThat(maria.translate(new java.sql.SQLTransientConnectionException("gone"), null, List.of()))
                .isInstanceOf(org.jalchemy.exc.OperationalError.class);
        assertThat(maria.translate(new java.sql.SQLFeatureNotSupportedException("no"), null, List.of()))
                .isInstanceOf(org.jalchemy.exc.NotSupportedError.class);
        // an unclassified exception stays a plain DatabaseError
        assertThat(maria.translate(new SQLException("?"), null, List.of()))
                .isExactlyInstanceOf(org.jalchemy.exc.DatabaseError.class);
    }
}
