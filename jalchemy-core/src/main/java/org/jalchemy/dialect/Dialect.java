package org.jalchemy.dialect;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jalchemy.dialect.internal.UntypedReaders;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.URL;
import org.jalchemy.exc.DBAPIError;
import org.jalchemy.exc.DataError;
import org.jalchemy.exc.DatabaseError;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.exc.InternalError;
import org.jalchemy.exc.NotSupportedError;
import org.jalchemy.exc.OperationalError;
import org.jalchemy.exc.ProgrammingError;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.Executable;
import org.jalchemy.sql.compiler.CompiledStatement;
import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.JdbcHandler;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.StandardJdbcHandlers;
import org.jalchemy.types.TypeVisitor;

/**
 * Everything that differs between databases: SQL compilation, DDL, type names and JDBC handlers,
 * identifier quoting, capabilities, error classification, reflection queries and connection set-up.
 * Subclasses override only what their database does differently from standard SQL.
 */
public abstract class Dialect {
    private static final Pattern LEGAL_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_$]*");

    private final Map<SqlType<?>, JdbcHandler<?>> handlers = new ConcurrentHashMap<>();
    private final TypeVisitor<JdbcHandler<?>> handlerFactory = jdbcHandlers();
    private final TypeVisitor<String> typeNames = typeNames();
    private final TypeVisitor<SqlLiterals.Renderer> literals = literals();

    /** The dialect name used in URLs: sqlite, postgresql, mysql, mariadb, oracle. */
    public abstract String name();

    /** The JDBC URL for an engine URL of this dialect. */
    public abstract String jdbcUrl(URL url);

    /**
     * Extra JDBC properties for an engine URL (user, password, and the URL's query options except
     * {@code connect_timeout}, which {@link #applyConnectTimeout} translates).
     */
    public Properties jdbcProperties(URL url) {
        Properties p = new Properties();
        if (url.username() != null) {
            p.setProperty("user", url.username());
        }
        if (url.password() != null) {
            p.setProperty("password", url.password());
        }
        url.query().forEach((k, v) -> {
            if (!k.equals(URL.CONNECT_TIMEOUT)) {
                p.setProperty(k, v);
            }
        });
        return p;
    }

    /**
     * Sets the driver's own properties that bound opening a connection (TCP connect and login) to {@code timeout};
     * an embedded database has nothing to wait for, so the default sets none.
     */
    public void applyConnectTimeout(Properties properties, java.time.Duration timeout) {
    }

    /**
     * The JDBC drivers this dialect can use, the default first; {@code dialect+name://} picks another. Used to load
     * the driver and to name the Maven coordinates when it is missing.
     */
    public List<JdbcDriver> drivers() {
        return List.of();
    }

    /**
     * The driver a URL asks for ({@code postgresql+pgjdbc://}), or the default one; null when the dialect lists none.
     *
     * @throws org.jalchemy.exc.NoSuchModuleError when the URL names a driver this dialect does not know
     */
    public JdbcDriver driver(URL url) {
        List<JdbcDriver> known = drivers();
        String wanted = url.driver();
        if (wanted == null) {
            return known.isEmpty() ? null : known.get(0);
        }
        for (JdbcDriver d : known) {
            if (d.name().equalsIgnoreCase(wanted)) {
                return d;
            }
        }
        throw new org.jalchemy.exc.NoSuchModuleError("Unknown driver '" + wanted + "' in URL '" + url + "' for dialect "
                + name() + "; known drivers: " + known.stream().map(JdbcDriver::name).toList()
                + " (or leave out '+" + wanted + "' for the default)");
    }

    /** Runs once on every new JDBC connection (e.g. SQLite's {@code PRAGMA foreign_keys = ON}). */
    public void onConnect(java.sql.Connection connection) throws SQLException {
    }

    /**
     * Runs once on every new JDBC connection after the engine's {@code onConnect} listeners, to read session
     * settings the dialect depends on and that a listener may have changed (MySQL's sql_mode).
     */
    public void afterConnect(java.sql.Connection connection) throws SQLException {
    }

    /**
     * The statement {@link #begin} sends for a transaction begun with {@code intent} on the database of {@code url} (for
     * echo and errors), or null when the driver's own implicit begin is all it takes, as it is for every intent on
     * most databases.
     */
    public String beginStatement(URL url, org.jalchemy.engine.TransactionIntent intent) {
        return null;
    }

    /** Begins a transaction for {@code intent} where {@link #beginStatement} is not null (SQLite's BEGIN IMMEDIATE). */
    public void begin(java.sql.Connection connection, org.jalchemy.engine.TransactionIntent intent) throws SQLException {
    }

    // ---- compilation

    /** A compiler for one statement. */
    public SqlCompiler newCompiler(CacheKey key, Map<String, Integer> expanding) {
        return new SqlCompiler(this, key, expanding);
    }

    /** A DDL compiler writing into {@code compiler}. */
    public DdlCompiler newDdlCompiler(SqlCompiler compiler) {
        return new DdlCompiler(this, compiler);
    }

    /**
     * One column's definition as this dialect's CREATE TABLE writes it (name, type, DEFAULT, NOT NULL,
     * autoincrement), for ALTER TABLE ... ADD COLUMN: {@code "email" VARCHAR(100) NOT NULL}.
     *
     * @throws org.jalchemy.exc.ArgumentError when the column has not been added to a table
     */
    public String columnDefinition(org.jalchemy.schema.Column<?> column) {
        if (column.table() == null) {
            throw new org.jalchemy.exc.ArgumentError("Column '" + column.name() + "' belongs to no table; "
                    + "add it to a Table before asking for its definition");
        }
        org.jalchemy.schema.CreateTable create = new org.jalchemy.schema.CreateTable(column.table());
        return newDdlCompiler(newCompiler(CacheKey.of(create), Map.of())).columnSpec(column);
    }

    /**
     * Compiles {@code statement} without the cache (engines cache through {@code CompiledCache}); for
     * looking at SQL: {@code select(users).compile(PostgresDialect.INSTANCE).toString()}.
     */
    public CompiledStatement compile(Executable statement, Set<String> parameterKeys) {
        return compile(statement, parameterKeys, null);
    }

    /** As {@link #compile(Executable, Set)}, resolving deferred elements (metamodel attributes) with {@code resolver}. */
    public CompiledStatement compile(Executable statement, Set<String> parameterKeys, org.jalchemy.sql.ElementResolver resolver) {
        Executable s = statement.forParameterKeys(parameterKeys);
        return newCompiler(CacheKey.of(s, resolver), Map.of()).compile(s);
    }

    /** Type names for DDL; subclasses extend {@link StandardTypeNames}. */
    protected abstract TypeVisitor<String> typeNames();

    /** JDBC handlers; subclasses extend {@link StandardJdbcHandlers} for what their driver does differently. */
    protected TypeVisitor<JdbcHandler<?>> jdbcHandlers() {
        return new StandardJdbcHandlers();
    }

    /** The DDL name of {@code type} on this database, e.g. {@code VARCHAR(50)}. */
    public String typeName(SqlType<?> type) {
        return type.accept(typeNames);
    }

    /** The handler that binds and reads values of {@code type}; resolved once per type. */
    @SuppressWarnings("unchecked")
    public <T> JdbcHandler<T> handler(SqlType<T> type) {
        JdbcHandler<?> h = handlers.get(type);
        if (h == null) {
            h = type.accept(handlerFactory);
            handlers.put(type, h);
        }
        return (JdbcHandler<T>) h;
    }

    /**
     * The reader for result column {@code column} (1-based) whose type the statement does not know ({@code text()},
     * an expression without a type), chosen once per column from the driver's metadata so that every dialect gives
     * one Java class per kind of value: integers Long, floating point Double, decimals BigDecimal, text String,
     * DATE LocalDate, TIMESTAMP LocalDateTime (docs/types.md). Dialects override what their driver reports
     * differently.
     */
    public JdbcHandler<?> untypedReader(ResultSetMetaData metadata, int column) throws SQLException {
        return UntypedReaders.forJdbcType(metadata.getColumnType(column), metadata.isSigned(column));
    }

    // ---- identifiers

    /** The character that quotes identifiers. */
    public char identifierQuote() {
        return '"';
    }

    /** Words that must be quoted when used as identifiers. */
    protected Set<String> reservedWords() {
        return ReservedWords.SQL_STANDARD;
    }

    /** Quotes {@code identifier} when it is a reserved word or not a plain lower-case name. */
    public String quote(String identifier) {
        if (LEGAL_IDENTIFIER.matcher(identifier).matches() && !reservedWords().contains(identifier.toLowerCase(Locale.ROOT))) {
            return identifier;
        }
        return quoteIdentifier(identifier);
    }

    /** Always quotes {@code identifier}, doubling any quote character inside it. */
    public String quoteIdentifier(String identifier) {
        String q = String.valueOf(identifierQuote());
        return q + identifier.replace(q, q + q) + q;
    }

    /** How the database stores an unquoted name, for reflection comparisons (lower case by default). */
    public String normalizeName(String name) {
        return name;
    }

    // ---- literals and small pieces of SQL

    /** An always-true condition, for an empty AND. */
    public String trueExpression() {
        return "1 = 1";
    }

    /** An always-false condition, for an empty OR or an empty IN. */
    public String falseExpression() {
        return "1 != 1";
    }

    /** Functions written without parentheses, such as CURRENT_TIMESTAMP. */
    public boolean isNiladicFunction(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return n.equals("CURRENT_TIMESTAMP") || n.equals("CURRENT_DATE") || n.equals("CURRENT_TIME")
                || n.equals("LOCALTIMESTAMP") || n.equals("LOCALTIME");
    }

    /** Whether a SELECT without tables needs {@code FROM DUAL}. */
    public boolean requiresFromClause() {
        return false;
    }

    /** The tail of an INSERT that gives no column values. */
    public String emptyInsertClause() {
        return " DEFAULT VALUES";
    }

    /**
     * {@code value} as an SQL literal of {@code type} (server defaults, {@code literalBinds}, offline migration
     * scripts), written by the type's {@link SqlLiterals} renderer for this dialect: {@code X'0102'} for a
     * {@code byte[]}, the JSON text for a Map, {@code DATE '2024-02-29'}, ... The value is coerced to the type
     * first, so a wrong one fails as it would when bound.
     *
     * @throws org.jalchemy.exc.ArgumentError when the value does not fit the type
     * @throws org.jalchemy.exc.CompileError when the database has no literal for it (NaN on MySQL, NUL in a
     *         PostgreSQL string, an object of unknown type)
     */
    public String renderLiteral(Object value, SqlType<?> type) {
        if (value == null) {
            return "NULL";
        }
        Object v = type.coerce(value);
        return v == null ? "NULL" : type.accept(literals).render(v);
    }

    /** Literals per type; subclasses extend {@link SqlLiterals} for what their database writes differently. */
    protected TypeVisitor<SqlLiterals.Renderer> literals() {
        return new SqlLiterals(this);
    }

    /**
     * {@code s} as a string literal: the one place a dialect escapes text. Standard SQL doubles the quotes and
     * nothing else is special; a NUL character cannot be written (PostgreSQL cannot store it at all, SQLite would
     * end the statement there), so it is refused.
     *
     * @throws org.jalchemy.exc.CompileError when {@code s} holds U+0000
     */
    public String quoteString(String s) {
        requireNoNul(s);
        return "'" + s.replace("'", "''") + "'";
    }

    /** Refuses a string holding U+0000, which this database cannot take in a literal. */
    protected final void requireNoNul(String s) {
        if (s.indexOf('\0') >= 0) {
            throw new org.jalchemy.exc.CompileError("A string literal on " + name() + " cannot hold the NUL character "
                    + "(U+0000): " + s.replace("\0", "\\0") + "; bind it as a parameter or remove it");
        }
    }

    // ---- capabilities

    /** INSERT/UPDATE/DELETE ... RETURNING. */
    public boolean supportsReturning() {
        return false;
    }

    /** INSERT ... RETURNING (MariaDB has it for INSERT and DELETE only). */
    public boolean supportsInsertReturning() {
        return supportsReturning();
    }

    /** UPDATE ... RETURNING. */
    public boolean supportsUpdateReturning() {
        return supportsReturning();
    }

    /** DELETE ... RETURNING. */
    public boolean supportsDeleteReturning() {
        return supportsReturning();
    }

    /** Multi-row VALUES (...), (...). */
    public boolean supportsMultiRowInsert() {
        return true;
    }

    /** SAVEPOINT. */
    public boolean supportsSavepoints() {
        return true;
    }

    /** A real boolean type with true/false literals. */
    public boolean supportsNativeBoolean() {
        return true;
    }

    /** DDL inside transactions that can be rolled back. */
    public boolean supportsTransactionalDdl() {
        return true;
    }

    /** The most bound parameters one statement may carry. */
    public int maxBindParameters() {
        return 32767;
    }

    // ---- schema queries

    /**
     * A query with one {@code ?} (the table name) that returns a row when the table exists in the
     * connection's schema, or null to ask the JDBC driver's metadata instead.
     */
    protected String hasTableQuery() {
        return null;
    }

    /** Whether a table called {@code tableName} exists in the connection's schema. */
    public boolean hasTable(Connection connection, String tableName) {
        String query = hasTableQuery();
        if (query != null) {
            return connection.withJdbc(query, List.of(tableName), jdbc -> {
                try (var ps = jdbc.prepareStatement(query)) {
                    ps.setString(1, tableName);
                    try (var rs = ps.executeQuery()) {
                        return rs.next();
                    }
                }
            });
        }
        return connection.withJdbc(jdbc -> {
            java.sql.DatabaseMetaData md = jdbc.getMetaData();
            try (java.sql.ResultSet rs = md.getTables(jdbc.getCatalog(), jdbc.getSchema(), tableName,
                    new String[] {"TABLE"})) {
                return rs.next();
            }
        });
    }

    /** Whether ALTER TABLE can add and drop constraints (false on SQLite): used for foreign keys in cycles. */
    public boolean supportsAlterConstraints() {
        return true;
    }

    /** A query with one {@code ?} (the sequence name) returning a row when it exists in the connection's schema. */
    protected String hasSequenceQuery() {
        return "SELECT 1 FROM user_sequences WHERE sequence_name = ?";
    }

    /** Whether the sequence {@code name} exists in the connection's schema (false where there are no sequences). */
    public boolean hasSequence(Connection connection, String name) {
        if (!supportsSequences()) {
            return false;
        }
        String query = hasSequenceQuery();
        return connection.withJdbc(query, List.of(name), jdbc -> {
            try (var ps = jdbc.prepareStatement(query)) {
                ps.setString(1, name);
                try (var rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Whether the database has sequences (CREATE SEQUENCE): PostgreSQL, MariaDB, Oracle. */
    public boolean supportsSequences() {
        return false;
    }

    /** The next value of {@code seq}: standard {@code NEXT VALUE FOR s}; raises where there are no sequences. */
    public String nextValueSql(org.jalchemy.schema.Sequence seq) {
        if (!supportsSequences()) {
            throw new org.jalchemy.exc.CompileError(name() + " has no sequences (sequence " + seq.name() + ")");
        }
        return "NEXT VALUE FOR " + quote(seq.name());
    }

    /** Whether column comments are separate COMMENT ON statements after CREATE TABLE (PostgreSQL, Oracle). */
    public boolean supportsCommentOn() {
        return false;
    }

    /** The catalogue queries behind {@code Inspector}; dialects without them raise {@code InvalidRequestError}. */
    public Reflection reflection() {
        throw new org.jalchemy.exc.InvalidRequestError("Reflection is not implemented for the " + name() + " dialect");
    }

    // ---- errors

    /**
     * Wraps a driver exception in the {@code org.jalchemy.exc} kind its SQLSTATE (or vendor code) names,
     * keeping the SQL and parameters.
     */
    public DBAPIError translate(SQLException e, String sql, List<Object> params) {
        String state = e.getSQLState();
        String cls = state == null || state.length() < 2 ? "" : state.substring(0, 2);
        return switch (cls) {
            case "23" -> new IntegrityError(sql, params, e);
            case "22" -> new DataError(sql, params, e);
            case "42", "3D", "3F", "44" -> new ProgrammingError(sql, params, e);
            case "08", "28", "40", "53", "55", "57", "58", "HY" -> new OperationalError(sql, params, e);
            case "0A" -> new NotSupportedError(sql, params, e);
            case "XX", "25" -> new InternalError(sql, params, e);
            case "" -> byExceptionClass(e, sql, params);
            default -> new DatabaseError(sql, params, e);
        };
    }

    /**
     * For a driver error without SQLSTATE (some MariaDB client-side checks, e.g. an integer overflow when
     * reading), the JDBC 4 exception subclass the driver chose tells the kind.
     */
    private static DBAPIError byExceptionClass(SQLException e, String sql, List<Object> params) {
        if (e instanceof java.sql.SQLIntegrityConstraintViolationException) {
            return new IntegrityError(sql, params, e);
        }
        if (e instanceof java.sql.SQLDataException) {
            return new DataError(sql, params, e);
        }
        if (e instanceof java.sql.SQLSyntaxErrorException) {
            return new ProgrammingError(sql, params, e);
        }
        if (e instanceof java.sql.SQLFeatureNotSupportedException) {
            return new NotSupportedError(sql, params, e);
        }
        if (e instanceof java.sql.SQLTransientException || e instanceof java.sql.SQLNonTransientConnectionException
                || e instanceof java.sql.SQLRecoverableException) {
            return new OperationalError(sql, params, e);
        }
        return new DatabaseError(sql, params, e);
    }

    @Override public String toString() {
        return getClass().getSimpleName();
    }
}
