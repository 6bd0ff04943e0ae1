package org.jalchemy.dialect.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.jalchemy.types.JdbcHandler;

/**
 * Readers for result columns whose SQL type the statement does not know ({@code text()}, an expression without a
 * type): one Java class per kind of value on every database, chosen once per column from the driver's metadata
 * (integers as Long, floating point as Double, decimals as BigDecimal, text as String, dates and times as
 * {@code java.time}). Read-only handlers: they never bind.
 */
public final class UntypedReaders {
    /** Whole numbers of any width (what fits in 64 bits). */
    public static final JdbcHandler<Long> LONG = reader(Types.BIGINT, (rs, i) -> {
        long v = rs.getLong(i);
        return v == 0 && rs.wasNull() ? null : v;
    });
    /** REAL, FLOAT, DOUBLE (a driver's Float widened). */
    public static final JdbcHandler<Double> DOUBLE = reader(Types.DOUBLE, (rs, i) -> {
        double v = rs.getDouble(i);
        return v == 0 && rs.wasNull() ? null : v;
    });
    /** NUMERIC, DECIMAL. */
    public static final JdbcHandler<BigDecimal> DECIMAL = reader(Types.NUMERIC, ResultSet::getBigDecimal);
    /** Character data. */
    public static final JdbcHandler<String> STRING = reader(Types.VARCHAR, ResultSet::getString);
    /** DATE. */
    public static final JdbcHandler<LocalDate> DATE = reader(Types.DATE, (rs, i) -> rs.getObject(i, LocalDate.class));
    /** TIMESTAMP (without time zone). */
    public static final JdbcHandler<LocalDateTime> TIMESTAMP =
            reader(Types.TIMESTAMP, (rs, i) -> rs.getObject(i, LocalDateTime.class));
    /** TIMESTAMP WITH TIME ZONE. */
    public static final JdbcHandler<OffsetDateTime> TIMESTAMP_TZ =
            reader(Types.TIMESTAMP_WITH_TIMEZONE, (rs, i) -> rs.getObject(i, OffsetDateTime.class));
    /** TIME. */
    public static final JdbcHandler<LocalTime> TIME = reader(Types.TIME, (rs, i) -> rs.getObject(i, LocalTime.class));
    /** Whatever the driver gives (booleans, binary, JSON, arrays, unsigned BIGINT as BigInteger, ...). */
    public static final JdbcHandler<Object> OBJECT = reader(Types.OTHER, ResultSet::getObject);
    /**
     * For databases whose values carry their own type, row by row (SQLite): the driver's object, with Integer
     * widened to Long and Float to Double, so an integer column never comes back as two classes.
     */
    public static final JdbcHandler<Object> WIDENING = reader(Types.OTHER, (rs, i) -> {
        Object o = rs.getObject(i);
        if (o instanceof Integer n) {
            return n.longValue();
        }
        return o instanceof Float f ? f.doubleValue() : o;
    });

    private UntypedReaders() {
    }

    /**
     * The reader for a column of JDBC type {@code jdbcType} ({@link java.sql.Types}); {@code signed} is false for
     * MySQL's unsigned columns, whose BIGINT may not fit a Long.
     */
    public static JdbcHandler<?> forJdbcType(int jdbcType, boolean signed) {
        return switch (jdbcType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> LONG;
            case Types.BIGINT -> signed ? LONG : OBJECT;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> DOUBLE;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.CLOB, Types.NCLOB -> STRING;
            case Types.DATE -> DATE;
            case Types.TIMESTAMP -> TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_TZ;
            case Types.TIME -> TIME;
            default -> OBJECT;
        };
    }

    @FunctionalInterface
    private interface Read<T> {
        T read(ResultSet rs, int i) throws SQLException;
    }

    private static <T> JdbcHandler<T> reader(int sqlType, Read<T> read) {
        return new JdbcHandler<>() {
            @Override public void bind(java.sql.PreparedStatement ps, int index, T value) throws SQLException {
                ps.setObject(index, value);
            }

            @Override public T read(ResultSet rs, int index) throws SQLException {
                return read.read(rs, index);
            }

            @Override public int nullType() {
                return sqlType;
            }
        };
    }
}
