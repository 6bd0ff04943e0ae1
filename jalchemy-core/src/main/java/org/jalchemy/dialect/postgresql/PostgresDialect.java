package org.jalchemy.dialect.postgresql;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.jalchemy.dialect.DdlCompiler;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.Reflection;
import org.jalchemy.dialect.SqlLiterals;
import org.jalchemy.dialect.internal.UntypedReaders;
import org.jalchemy.dialect.StandardTypeNames;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.URL;
import org.jalchemy.schema.Column;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.DateTimeType;
import org.jalchemy.types.IntervalType;
import org.jalchemy.types.JdbcHandler;
import org.jalchemy.types.LargeBinaryType;
import org.jalchemy.types.TimeType;
import org.jalchemy.types.TypeVisitor;
import org.jalchemy.types.UuidType;

/**
 * PostgreSQL through pgjdbc: {@code postgresql://user:pass@host:5432/db}. Native UUID, JSON, INTERVAL,
 * BYTEA and TIMESTAMP WITH TIME ZONE; integer primary keys are SERIAL / BIGSERIAL; RETURNING everywhere.
 */
public class PostgresDialect extends Dialect {
    /** The shared instance: {@code select(users).compile(PostgresDialect.INSTANCE)}. */
    public static final PostgresDialect INSTANCE = new PostgresDialect();

    @Override public String name() { return "postgresql"; }

    @Override public String jdbcUrl(URL url) {
        return "jdbc:postgresql://" + url.jdbcHost()
                + (url.port() == null ? "" : ":" + url.port()) + "/" + (url.database() == null ? "" : url.database());
    }

    private static final java.util.List<org.jalchemy.dialect.JdbcDriver> DRIVERS =
            java.util.List.of(new org.jalchemy.dialect.JdbcDriver("pgjdbc", "org.postgresql.Driver", "org.postgresql:postgresql"));

    @Override public java.util.List<org.jalchemy.dialect.JdbcDriver> drivers() { return DRIVERS; }

    /** pgjdbc's connectTimeout bounds the TCP connect, loginTimeout the whole login (both in seconds). */
    @Override public void applyConnectTimeout(java.util.Properties properties, Duration timeout) {
        String seconds = Long.toString(Math.max(1, (timeout.toMillis() + 999) / 1000));
        properties.putIfAbsent("connectTimeout", seconds);
        properties.putIfAbsent("loginTimeout", seconds);
    }

    /** Intervals are read in ISO-8601 form, which {@link Duration#parse} understands. */
    @Override public void onConnect(java.sql.Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET intervalstyle = 'iso_8601'");
        }
    }

    @Override public SqlCompiler newCompiler(CacheKey key, Map<String, Integer> expanding) {
        return new PostgresCompiler(this, key, expanding);
    }

    @Override public DdlCompiler newDdlCompiler(SqlCompiler compiler) {
        return new DdlCompiler(this, compiler) {
            @Override protected String columnType(Column<?> c) {
                if (c.isAutoincrement() && c.sequence() == null) {
                    String base = super.columnType(c);
                    return base.equals("BIGINT") ? "BIGSERIAL" : base.equals("SMALLINT") ? "SMALLSERIAL" : "SERIAL";
                }
                return super.columnType(c);
            }
        };
    }

    @Override public boolean supportsCommentOn() { return true; }

    @Override public boolean supportsSequences() { return true; }

    @Override public String nextValueSql(org.jalchemy.schema.Sequence seq) {
        return "nextval(" + quoteString(quote(seq.name())) + ")";
    }

    @Override protected TypeVisitor<String> typeNames() {
        return new StandardTypeNames() {
            @Override public String visitDateTime(DateTimeType t) { return "TIMESTAMP WITHOUT TIME ZONE"; }
            @Override public String visitTime(TimeType t) { return "TIME WITHOUT TIME ZONE"; }
            @Override public String visitInterval(IntervalType t) { return "INTERVAL"; }
            @Override public String visitLargeBinary(LargeBinaryType t) { return "BYTEA"; }
            @Override public String visitUuid(UuidType t) { return "UUID"; }
        };
    }

    @Override protected TypeVisitor<JdbcHandler<?>> jdbcHandlers() {
        return new PostgresJdbcHandlers();
    }

    @Override protected TypeVisitor<SqlLiterals.Renderer> literals() {
        return new PostgresLiterals(this);
    }

    /**
     * A string with a backslash is written as an escape string, {@code E'a\\b'}, whose meaning does not depend on
     * {@code standard_conforming_strings} (with it off, {@code 'a\b'} would be an escape sequence); others stay
     * plain. NUL is refused: PostgreSQL text cannot hold it.
     */
    @Override public String quoteString(String s) {
        if (s.indexOf('\\') < 0) {
            return super.quoteString(s);
        }
        requireNoNul(s);
        return "E'" + s.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override public boolean supportsReturning() { return true; }

    private final PostgresReflection reflection = new PostgresReflection();

    @Override public Reflection reflection() { return reflection; }

    @Override protected String hasSequenceQuery() {
        return "SELECT 1 FROM information_schema.sequences WHERE sequence_schema = current_schema() AND sequence_name = ?";
    }

    @Override protected String hasTableQuery() {
        return "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = ?";
    }

    /** pgjdbc reports {@code timestamptz} as TIMESTAMP; read it with its offset, as TIMESTAMPTZ columns are. */
    @Override public JdbcHandler<?> untypedReader(ResultSetMetaData metadata, int column) throws SQLException {
        if ("timestamptz".equals(metadata.getColumnTypeName(column))) {
            return UntypedReaders.TIMESTAMP_TZ;
        }
        return super.untypedReader(metadata, column);
    }
}
