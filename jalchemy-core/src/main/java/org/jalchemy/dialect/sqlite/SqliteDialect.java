package org.jalchemy.dialect.sqlite;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jalchemy.dialect.DdlCompiler;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.Reflection;
import org.jalchemy.dialect.SqlLiterals;
import org.jalchemy.dialect.internal.UntypedReaders;
import org.jalchemy.dialect.StandardTypeNames;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.TransactionIntent;
import org.jalchemy.engine.URL;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.DBAPIError;
import org.jalchemy.exc.DataError;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.exc.OperationalError;
import org.jalchemy.exc.ProgrammingError;
import org.jalchemy.schema.Column;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.DateTimeType;
import org.jalchemy.types.DoubleType;
import org.jalchemy.types.FloatType;
import org.jalchemy.types.IntervalType;
import org.jalchemy.types.JdbcHandler;
import org.jalchemy.types.LargeBinaryType;
import org.jalchemy.types.TimestampTzType;
import org.jalchemy.types.TypeVisitor;

/**
 * SQLite, embedded: {@code sqlite:///file.db}, {@code sqlite:////abs/path.db}, {@code sqlite:///:memory:}.
 * Foreign keys are enforced (PRAGMA foreign_keys = ON on every connection); dates and times are stored as
 * ISO-8601 text, which sorts and compares correctly.
 */
public class SqliteDialect extends Dialect {
    /** The shared instance. */
    public static final SqliteDialect INSTANCE = new SqliteDialect();

    @Override public String name() { return "sqlite"; }

    @Override public String jdbcUrl(URL url) {
        String db = url.database();
        return "jdbc:sqlite:" + (db == null || db.isEmpty() ? ":memory:" : db);
    }

    private static final java.util.List<org.jalchemy.dialect.JdbcDriver> DRIVERS =
            java.util.List.of(new org.jalchemy.dialect.JdbcDriver("xerial", "org.sqlite.JDBC", "org.xerial:sqlite-jdbc"));

    /** xerial's sqlite-jdbc (an embedded database: no host, so no connect timeout applies). */
    @Override public java.util.List<org.jalchemy.dialect.JdbcDriver> drivers() { return DRIVERS; }

    /** Whether the URL names the private in-memory database (one connection shared by the engine). */
    public static boolean isMemory(URL url) {
        return url.database() == null || url.database().isEmpty() || url.database().equals(":memory:");
    }

    /** The busy timeout of a file database unless the URL's {@code busy_timeout} (milliseconds) says otherwise. */
    public static final int DEFAULT_BUSY_TIMEOUT_MS = 30_000;

    private static final java.util.Set<String> JOURNAL_MODES = java.util.Set.of("DELETE", "TRUNCATE", "PERSIST", "MEMORY", "WAL", "OFF");

    /**
     * The driver options of the URL's query, with the defaults that let several connections share a file database:
     * {@code journal_mode=WAL} (readers and the writer do not block each other) and {@code busy_timeout=30000} (a
     * statement waits that long for another connection's write lock before SQLITE_BUSY).
     *
     * @throws ArgumentError for a busy_timeout that is not a number of milliseconds, or an unknown journal_mode
     */
    @Override public Properties jdbcProperties(URL url) {
        Properties p = super.jdbcProperties(url);
        String timeout = p.getProperty("busy_timeout");
        if (timeout != null) {
            try {
                if (Integer.parseInt(timeout.trim()) < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new ArgumentError("SQLite option busy_timeout='" + timeout + "' in the URL is not a number of "
                        + "milliseconds (e.g. ?busy_timeout=5000)");
            }
        }
        String journal = p.getProperty("journal_mode");
        if (journal != null && !JOURNAL_MODES.contains(journal.trim().toUpperCase(java.util.Locale.ROOT))) {
            throw new ArgumentError("SQLite option journal_mode='" + journal + "' in the URL is not one of "
                    + new java.util.TreeSet<>(JOURNAL_MODES));
        }
        if (!isMemory(url)) {
            p.putIfAbsent("journal_mode", "WAL");
            p.putIfAbsent("busy_timeout", String.valueOf(DEFAULT_BUSY_TIMEOUT_MS));
        }
        return p;
    }

    /** BEGIN IMMEDIATE for a write transaction on a file; the in-memory database has one connection, so no one to wait for. */
    @Override public String beginStatement(URL url, TransactionIntent intent) {
        return intent == TransactionIntent.WRITE && !isMemory(url) ? "BEGIN IMMEDIATE" : null;
    }

    /**
     * BEGIN IMMEDIATE. The driver already began a deferred transaction (sqlite-jdbc begins one after every commit and
     * rollback); it is empty, so it is committed first. When the write lock stays taken for the busy timeout, the
     * deferred transaction the driver expects is begun again before the error is raised.
     */
    @Override public void begin(java.sql.Connection connection, TransactionIntent intent) throws SQLException {
        if (intent != TransactionIntent.WRITE) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("COMMIT");
            try {
                s.execute("BEGIN IMMEDIATE");
            } catch (SQLException busy) {
                try {
                    s.execute("BEGIN");
                } catch (SQLException again) {
                    busy.addSuppressed(again);
                }
                throw busy;
            }
        }
    }

    @Override public void onConnect(java.sql.Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
        }
    }

    @Override public SqlCompiler newCompiler(CacheKey key, Map<String, Integer> expanding) {
        return new SqliteCompiler(this, key, expanding);
    }

    /**
     * An autoincrement primary key is declared exactly INTEGER whatever its type (BIGINT, SMALLINT): only then
     * does SQLite make it an alias of the 64-bit rowid, which it fills in on INSERT.
     */
    @Override public DdlCompiler newDdlCompiler(SqlCompiler compiler) {
        return new DdlCompiler(this, compiler) {
            @Override protected String columnType(Column<?> c) {
                return c.isAutoincrement() ? "INTEGER" : super.columnType(c);
            }

            /** SQLite's ALTER TABLE has no DROP CONSTRAINT: say so instead of sending SQL that cannot run. */
            @Override public void visitDropConstraint(org.jalchemy.schema.DropConstraint drop) {
                throw new org.jalchemy.exc.CompileError("SQLite cannot drop constraint " + dropName(drop) + " of table '"
                        + drop.constraint().table().name() + "' with ALTER TABLE; recreate the table without it "
                        + "(in a migration: op.batchAlterTable)");
            }
        };
    }

    @Override protected TypeVisitor<String> typeNames() {
        return new StandardTypeNames() {
            @Override public String visitDateTime(DateTimeType t) { return "DATETIME"; }
            @Override public String visitTimestampTz(TimestampTzType t) { return "TIMESTAMPTZ"; }
            @Override public String visitInterval(IntervalType t) { return "INTERVAL"; }
            @Override public String visitFloat(FloatType t) { return "FLOAT"; }
            @Override public String visitDouble(DoubleType t) { return "DOUBLE"; }
            @Override public String visitLargeBinary(LargeBinaryType t) { return "BLOB"; }
        };
    }

    @Override protected TypeVisitor<JdbcHandler<?>> jdbcHandlers() {
        return new SqliteJdbcHandlers();
    }

    @Override protected TypeVisitor<SqlLiterals.Renderer> literals() {
        return new SqliteLiterals(this);
    }

    @Override public boolean supportsReturning() { return true; }

    /** SQLite's ALTER TABLE cannot add or drop constraints; it also does not check references at CREATE time. */
    @Override public boolean supportsAlterConstraints() { return false; }

    private final SqliteReflection reflection = new SqliteReflection(this);

    @Override public Reflection reflection() { return reflection; }

    @Override public boolean supportsNativeBoolean() { return false; }

    /**
     * SQLITE_MAX_VARIABLE_NUMBER's default since SQLite 3.32. The bundled sqlite-jdbc is built with 250,000
     * ({@code PRAGMA compile_options} says MAX_VARIABLE_NUMBER=250000), but a driver built with the default refuses
     * more than this, so statements stay within it (longer IN lists travel as one JSON array, see SqliteCompiler).
     */
    @Override public int maxBindParameters() { return 32766; }

    @Override protected String hasTableQuery() {
        return "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?";
    }

    /** SQLite has no SQLSTATE: the primary result code decides the kind, as Python's sqlite3 does. */
    @Override public DBAPIError translate(SQLException e, String sql, List<Object> params) {
        int code = e.getErrorCode() & 0xff;
        return switch (code) {
            case 19, 20 -> new IntegrityError(sql, params, e);
            case 18 -> new DataError(sql, params, e);
            case 25 -> new ProgrammingError(sql, params, e);
            case 0 -> super.translate(e, sql, params);
            default -> new OperationalError(sql, params, e);
        };
    }

    /**
     * SQLite types values row by row, not columns (an expression has no declared type), so untyped columns read
     * the driver's object, Integer widened to Long and Float to Double: decided per column, one test per value.
     */
    @Override public JdbcHandler<?> untypedReader(ResultSetMetaData metadata, int column) {
        return UntypedReaders.WIDENING;
    }
}
