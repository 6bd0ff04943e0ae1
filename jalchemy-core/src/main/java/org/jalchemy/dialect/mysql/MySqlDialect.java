package org.jalchemy.dialect.mysql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jalchemy.dialect.DdlCompiler;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.Reflection;
import org.jalchemy.dialect.SqlLiterals;
import org.jalchemy.dialect.ReservedWords;
import org.jalchemy.dialect.StandardTypeNames;
import org.jalchemy.engine.URL;
import org.jalchemy.exc.CompileError;
import org.jalchemy.exc.DBAPIError;
import org.jalchemy.exc.DataError;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.exc.OperationalError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.DropConstraint;
import org.jalchemy.schema.DropIndex;
import org.jalchemy.schema.Index;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.BooleanType;
import org.jalchemy.types.DateTimeType;
import org.jalchemy.types.DoubleType;
import org.jalchemy.types.FloatType;
import org.jalchemy.types.JdbcHandler;
import org.jalchemy.types.LargeBinaryType;
import org.jalchemy.types.NumericType;
import org.jalchemy.types.StringType;
import org.jalchemy.types.TextType;
import org.jalchemy.types.TimeType;
import org.jalchemy.types.TimestampTzType;
import org.jalchemy.types.TypeVisitor;

/**
 * MySQL through the MariaDB Connector/J: {@code mysql://user:pass@host:3306/db}. Backtick quoting,
 * AUTO_INCREMENT keys, BOOLEAN as TINYINT(1) read back as Boolean, DATETIME(6) for microseconds,
 * TIMESTAMP WITH TIME ZONE stored as UTC DATETIME(6), FLOAT in a DOUBLE column (see {@link MySqlJdbcHandlers}). DDL is not transactional here.
 *
 * <p>String literals depend on the session's {@code sql_mode}: by default a backslash escapes the character
 * after it (so {@code '\''} is one quote and {@code '\\'} one backslash), with {@code NO_BACKSLASH_ESCAPES} it is
 * an ordinary character. An engine gets its own instance ({@link org.jalchemy.dialect.Dialects#forName}) and each new
 * connection tells it the mode ({@link #afterConnect}); {@link #quoteString} writes for that mode. Without a
 * connection (offline scripts, {@code compile(MySqlDialect.INSTANCE)}) the server's default, backslash escapes, is
 * assumed: such text is also safe, though not exact, under {@code NO_BACKSLASH_ESCAPES} (a backslash doubles).
 */
public class MySqlDialect extends Dialect {
    /** An instance for compiling without an engine; it assumes the default sql_mode (backslash escapes). */
    public static final MySqlDialect INSTANCE = new MySqlDialect();

    /** What this engine's connections report for NO_BACKSLASH_ESCAPES: null until the first has connected. */
    private final AtomicReference<Boolean> noBackslashEscapes = new AtomicReference<>();

    private static final Set<String> RESERVED = reserved();

    private static Set<String> reserved() {
        Set<String> s = new HashSet<>(ReservedWords.SQL_STANDARD);
        s.addAll(Set.of("accessible", "add", "before", "bigint", "blob", "call", "cascade", "change", "char",
                "condition", "database", "databases", "dec", "decimal", "declare", "delayed", "describe", "div",
                "double", "each", "elseif", "enclosed", "escaped", "exit", "explain", "float", "force", "fulltext",
                "generated", "get", "groups", "high_priority", "if", "ignore", "infile", "int", "integer",
                "interval", "iterate", "keys", "kill", "leave", "lines", "load", "lock", "long", "loop",
                "low_priority", "match", "mod", "modifies", "numeric", "optimize", "option", "outfile", "partition",
                "precision", "procedure", "purge", "range", "rank", "read", "reads", "real", "regexp", "release",
                "rename", "repeat", "replace", "require", "restrict", "return", "revoke", "rlike", "schema",
                "schemas", "separator", "show", "signal", "smallint", "spatial", "sql", "ssl", "starting", "status",
                "straight_join", "terminated", "tinyint", "trigger", "undo", "unlock", "unsigned", "usage", "use",
                "utc_date", "utc_time", "utc_timestamp", "varchar", "while", "write", "xor", "year_month", "zerofill"));
        return Set.copyOf(s);
    }

    @Override public String name() { return "mysql"; }

    @Override public String jdbcUrl(URL url) {
        return "jdbc:mariadb://" + url.jdbcHost()
                + (url.port() == null ? "" : ":" + url.port()) + "/" + (url.database() == null ? "" : url.database());
    }

    private static final List<org.jalchemy.dialect.JdbcDriver> DRIVERS = List.of(
            new org.jalchemy.dialect.JdbcDriver("mariadb", "org.mariadb.jdbc.Driver", "org.mariadb.jdbc:mariadb-java-client"));

    /** MySQL and MariaDB both go through the MariaDB Connector/J ({@code jdbc:mariadb:} URLs). */
    @Override public List<org.jalchemy.dialect.JdbcDriver> drivers() { return DRIVERS; }

    /** Connector/J's connectTimeout (milliseconds) bounds the TCP connect and the handshake. */
    @Override public void applyConnectTimeout(java.util.Properties properties, java.time.Duration timeout) {
        properties.putIfAbsent("connectTimeout", Long.toString(Math.max(1, timeout.toMillis())));
    }

    @Override public char identifierQuote() { return '`'; }

    /**
     * Reads the session's sql_mode (after the engine's onConnect listeners, which may set it), so string literals
     * are written for it. All connections of an engine share its compiled SQL, so a connection whose mode
     * disagrees with the first one's about NO_BACKSLASH_ESCAPES is refused rather than sent literals written for
     * the other mode. One query per new physical connection.
     */
    @Override public void afterConnect(java.sql.Connection connection) throws SQLException {
        boolean noEscapes;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT @@SESSION.sql_mode")) {
            rs.next();
            String mode = rs.getString(1);
            noEscapes = mode != null && mode.toUpperCase(java.util.Locale.ROOT).contains("NO_BACKSLASH_ESCAPES");
        }
        if (!noBackslashEscapes.compareAndSet(null, noEscapes) && noBackslashEscapes.get() != noEscapes) {
            throw new SQLException("This connection's sql_mode " + (noEscapes ? "has" : "lacks") + " NO_BACKSLASH_ESCAPES but the "
                    + "engine's first connection's " + (noEscapes ? "did not" : "did") + "; string literals are written for "
                    + "one mode per engine, so give every connection the same sql_mode (or use one engine per mode)", "08000");
        }
    }

    /** Whether this dialect writes string literals for NO_BACKSLASH_ESCAPES (as its engine's connections said). */
    public boolean noBackslashEscapes() {
        return Boolean.TRUE.equals(noBackslashEscapes.get());
    }

    /**
     * Quotes doubled; in the default sql_mode also a backslash doubled and NUL written {@code \0}, so no backslash
     * in the text can escape the closing quote ({@code \' OR 1=1 -- } stays text). Under NO_BACKSLASH_ESCAPES
     * both are ordinary characters and are written as they are.
     */
    @Override public String quoteString(String s) {
        boolean escapes = !noBackslashEscapes();
        StringBuilder b = new StringBuilder(s.length() + 8).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                b.append("''");
            } else if (escapes && c == '\\') {
                b.append("\\\\");
            } else if (escapes && c == '\0') {
                b.append("\\0");
            } else {
                b.append(c);
            }
        }
        return b.append('\'').toString();
    }

    @Override protected TypeVisitor<SqlLiterals.Renderer> literals() {
        return new MySqlLiterals(this);
    }

    @Override protected Set<String> reservedWords() { return RESERVED; }

    @Override public SqlCompiler newCompiler(CacheKey key, Map<String, Integer> expanding) {
        return new MySqlCompiler(this, key, expanding);
    }

    @Override public DdlCompiler newDdlCompiler(SqlCompiler compiler) {
        return new DdlCompiler(this, compiler) {
            @Override protected String autoincrementClause(Column<?> c) { return "AUTO_INCREMENT"; }

            @Override protected String columnCommentClause(Column<?> c) {
                return c.comment() == null ? "" : "COMMENT " + quoteString(c.comment());
            }

            /** MySQL names the kind of constraint it drops: FOREIGN KEY, INDEX (unique), PRIMARY KEY; checks are CONSTRAINTs. */
            @Override public void visitDropConstraint(DropConstraint drop) {
                String table = q(drop.constraint().table().name());
                String what = switch (drop.constraint().conventionKey()) {
                    case "fk" -> "FOREIGN KEY " + q(dropName(drop));
                    case "uq" -> "INDEX " + q(dropName(drop));
                    case "pk" -> "PRIMARY KEY";
                    // DROP CONSTRAINT: MariaDB has no DROP CHECK (a syntax error there); MySQL has both since 8.0.19
                    default -> "CONSTRAINT " + q(dropName(drop));
                };
                compiler.append("ALTER TABLE ").append(table).append(" DROP ").append(what);
            }

            @Override public void visitDropIndex(DropIndex drop) {
                Index i = drop.index();
                compiler.append("DROP INDEX ").append(q(i.table().metadata().indexName(i))).append(" ON ")
                        .append(q(i.table().name()));
            }
        };
    }

    @Override protected TypeVisitor<String> typeNames() {
        return new StandardTypeNames() {
            @Override public String visitString(StringType t) {
                if (t.length() == null) {
                    throw new CompileError("VARCHAR requires a length on " + name() + "; use string(n) or TEXT");
                }
                return super.visitString(t);
            }
            @Override public String visitBoolean(BooleanType t) { return "BOOL"; }
            /** A bare DECIMAL is DECIMAL(10, 0) here and would round 12.5 to 13: use the widest exact decimal. */
            @Override public String visitNumeric(NumericType t) {
                return t.precision() == null ? "DECIMAL(65, 30)" : super.visitNumeric(t);
            }
            /** The server prints FLOAT with 6 significant digits; a DOUBLE holds the float exactly. */
            @Override public String visitFloat(FloatType t) { return "DOUBLE"; }
            @Override public String visitDouble(DoubleType t) { return "DOUBLE"; }
            @Override public String visitTime(TimeType t) { return "TIME(6)"; }
            @Override public String visitDateTime(DateTimeType t) { return "DATETIME(6)"; }
            @Override public String visitTimestampTz(TimestampTzType t) { return "DATETIME(6)"; }
            @Override public String visitLargeBinary(LargeBinaryType t) { return "LONGBLOB"; }
            /** TEXT holds only 64 KB here; unbounded text needs LONGTEXT. */
            @Override public String visitText(TextType t) { return "LONGTEXT"; }
        };
    }

    @Override protected TypeVisitor<JdbcHandler<?>> jdbcHandlers() {
        return new MySqlJdbcHandlers();
    }

    @Override public boolean supportsNativeBoolean() { return false; }

    private final MySqlReflection reflection = new MySqlReflection();

    @Override public Reflection reflection() { return reflection; }

    @Override public boolean supportsTransactionalDdl() { return false; }

    @Override public String emptyInsertClause() { return " () VALUES ()"; }

    @Override public int maxBindParameters() { return 65535; }

    /**
     * MySQL and MariaDB file some errors under a generic SQLSTATE (HY000, 01000, 42000); for those the vendor
     * code decides the kind, as PyMySQL does for SQLAlchemy. Everything else goes by SQLSTATE.
     */
    @Override public DBAPIError translate(SQLException e, String sql, List<Object> params) {
        return switch (e.getErrorCode()) {
            // ER_NO_DEFAULT_FOR_FIELD: a NOT NULL column was given no value (strict mode)
            case 1364 -> new IntegrityError(sql, params, e);
            // ER_WARN_DATA_TRUNCATED, ER_TRUNCATED_WRONG_VALUE_FOR_FIELD: the value does not fit the column
            case 1265, 1366 -> new DataError(sql, params, e);
            // access denied to a database, user, table or column
            case 1044, 1045, 1142, 1143 -> new OperationalError(sql, params, e);
            default -> super.translate(e, sql, params);
        };
    }

    @Override protected String hasTableQuery() {
        return "SELECT 1 FROM information_schema.tables "
                + "WHERE table_schema = database() AND table_name = ? AND table_type = 'BASE TABLE'";
    }
}
