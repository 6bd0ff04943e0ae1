package org.jalchemy.types;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The JDBC handlers every dialect starts from: standard JDBC 4.2 calls. A dialect subclasses this and
 * overrides only the types its driver treats differently (e.g. SQLite stores dates as text).
 */
public class StandardJdbcHandlers implements TypeVisitor<JdbcHandler<?>> {

    /** Binds a non-null value. */
    @FunctionalInterface
    protected interface Binder<T> { void bind(PreparedStatement ps, int i, T v) throws SQLException; }

    /** Reads a value, null for SQL NULL. */
    @FunctionalInterface
    protected interface Reader<T> { T read(ResultSet rs, int i) throws SQLException; }

    /** Builds a handler from a bind and a read function. */
    protected static <T> JdbcHandler<T> handler(int nullType, Binder<T> binder, Reader<T> reader) {
        return new JdbcHandler<>() {
            @Override public void bind(PreparedStatement ps, int index, T value) throws SQLException { binder.bind(ps, index, value); }
            @Override public T read(ResultSet rs, int index) throws SQLException { return reader.read(rs, index); }
            @Override public int nullType() { return nullType; }
        };
    }

    /** Reads with {@code getObject(i, cls)}. */
    protected static <T> Reader<T> object(Class<T> cls) {
        return (rs, i) -> rs.getObject(i, cls);
    }

    /** Reads a Number column of any driver representation, null-safe. */
    protected static Number number(ResultSet rs, int i) throws SQLException {
        Object o = rs.getObject(i);
        if (o == null) return null;
        if (o instanceof Number n) return n;
        if (o instanceof Boolean b) return b ? 1 : 0;
        return new BigDecimal(o.toString());
    }

    @Override public JdbcHandler<?> visitInteger(IntegerType type) {
        return handler(java.sql.Types.INTEGER, (ps, i, v) -> ps.setInt(i, v), StandardJdbcHandlers::readInt);
    }

    /**
     * Reads an Integer through getLong, so a value beyond 32 bits (a sum(), or what SQLite let in) is a DataError
     * instead of being silently wrapped around (SQLite) or a driver-specific failure.
     */
    protected static Integer readInt(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        if (rs.wasNull()) {
            return null;
        }
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new SQLException("Value " + v + " does not fit the Integer of an INTEGER result; "
                    + "read it as BIGINT (e.g. func.call(\"sum\", BIGINT, col))", "22003");
        }
        return (int) v;
    }

    @Override public JdbcHandler<?> visitBigInteger(BigIntegerType type) {
        return handler(java.sql.Types.BIGINT, (ps, i, v) -> ps.setLong(i, v), (rs, i) -> {
            long v = rs.getLong(i);
            return rs.wasNull() ? null : v;
        });
    }

    @Override public JdbcHandler<?> visitSmallInteger(SmallIntegerType type) {
        return handler(java.sql.Types.SMALLINT, (ps, i, v) -> ps.setInt(i, v), StandardJdbcHandlers::readInt);
    }

    @Override public JdbcHandler<?> visitString(StringType type) {
        return handler(java.sql.Types.VARCHAR, (ps, i, v) -> ps.setString(i, v), (rs, i) -> rs.getString(i));
    }

    @Override public JdbcHandler<?> visitText(TextType type) {
        return handler(java.sql.Types.VARCHAR, (ps, i, v) -> ps.setString(i, v), (rs, i) -> rs.getString(i));
    }

    @Override public JdbcHandler<?> visitBoolean(BooleanType type) {
        return handler(java.sql.Types.BOOLEAN, (ps, i, v) -> ps.setBoolean(i, v), (rs, i) -> {
            boolean v = rs.getBoolean(i);
            return rs.wasNull() ? null : v;
        });
    }

    @Override public JdbcHandler<?> visitFloat(FloatType type) {
        return handler(java.sql.Types.REAL, (ps, i, v) -> ps.setFloat(i, v), (rs, i) -> {
            float v = rs.getFloat(i);
            return rs.wasNull() ? null : v;
        });
    }

    @Override public JdbcHandler<?> visitDouble(DoubleType type) {
        return handler(java.sql.Types.DOUBLE, (ps, i, v) -> ps.setDouble(i, v), (rs, i) -> {
            double v = rs.getDouble(i);
            return rs.wasNull() ? null : v;
        });
    }

    @Override public JdbcHandler<?> visitNumeric(NumericType type) {
        Integer scale = type.scale();
        return handler(java.sql.Types.NUMERIC, (ps, i, v) -> ps.setBigDecimal(i, v),
                (rs, i) -> withScale(rs.getBigDecimal(i), scale));
    }

    /**
     * A decimal read from the database in the form every dialect agrees on: with the column's scale (rounded half
     * away from zero, as the servers round on insert), or, for NUMERIC without a scale (and avg()), without
     * trailing zeros (1.5, never 1.5000 or 15E-1).
     */
    protected static BigDecimal withScale(BigDecimal v, Integer scale) {
        if (v == null) {
            return null;
        }
        if (scale != null) {
            return v.setScale(scale, RoundingMode.HALF_UP);
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    @Override public JdbcHandler<?> visitDate(DateType type) {
        return handler(java.sql.Types.DATE, (ps, i, v) -> ps.setObject(i, v), object(LocalDate.class));
    }

    @Override public JdbcHandler<?> visitTime(TimeType type) {
        return handler(java.sql.Types.TIME, (ps, i, v) -> ps.setObject(i, v), object(LocalTime.class));
    }

    @Override public JdbcHandler<?> visitDateTime(DateTimeType type) {
        return handler(java.sql.Types.TIMESTAMP, (ps, i, v) -> ps.setObject(i, v), object(LocalDateTime.class));
    }

    @Override public JdbcHandler<?> visitTimestampTz(TimestampTzType type) {
        return handler(java.sql.Types.TIMESTAMP_WITH_TIMEZONE, (ps, i, v) -> ps.setObject(i, v), (rs, i) -> {
            OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
            return v == null ? null : v.withOffsetSameInstant(ZoneOffset.UTC);
        });
    }

    /** Databases without an interval type store microseconds in a BIGINT. */
    @Override public JdbcHandler<?> visitInterval(IntervalType type) {
        return handler(java.sql.Types.BIGINT, (ps, i, v) -> ps.setLong(i, micros(v)), (rs, i) -> {
            long v = rs.getLong(i);
            return rs.wasNull() ? null : Duration.ofSeconds(Math.floorDiv(v, 1_000_000L), Math.floorMod(v, 1_000_000L) * 1000L);
        });
    }

    /**
     * Refuses a floating-point value the database cannot store, as a DataError (SQLSTATE 22003) instead of a silent
     * NULL (SQLite and NaN) or a baffling syntax error (MySQL and NaN or infinity).
     */
    protected static void requireStorable(double v, boolean infinityAllowed, String database) throws SQLException {
        if (Double.isNaN(v) || !infinityAllowed && Double.isInfinite(v)) {
            throw new SQLException(database + " cannot store the floating-point value " + v, "22003");
        }
    }

    /** A duration as whole microseconds. */
    protected static long micros(Duration d) {
        return Math.addExact(Math.multiplyExact(d.getSeconds(), 1_000_000L), d.getNano() / 1000L);
    }

    @Override public JdbcHandler<?> visitLargeBinary(LargeBinaryType type) {
        return handler(java.sql.Types.VARBINARY, (ps, i, v) -> ps.setBytes(i, v), (rs, i) -> rs.getBytes(i));
    }

    @Override public JdbcHandler<?> visitEnum(EnumType<?> type) {
        return enumHandler(type);
    }

    private static <E extends Enum<E>> JdbcHandler<E> enumHandler(EnumType<E> type) {
        Class<E> cls = type.enumClass();
        return handler(java.sql.Types.VARCHAR, (ps, i, v) -> ps.setString(i, v.name()), (rs, i) -> {
            String s = rs.getString(i);
            if (s == null) {
                return null;
            }
            try {
                return Enum.valueOf(cls, s);
            } catch (IllegalArgumentException e) {
                throw new SQLException("The database holds '" + s + "', which is not a constant of " + cls.getName(), "22000", e);
            }
        });
    }

    @Override public JdbcHandler<?> visitJson(JsonType type) {
        return handler(java.sql.Types.VARCHAR, (ps, i, v) -> ps.setString(i, JsonCodec.write(v)), (rs, i) -> {
            String s = rs.getString(i);
            return s == null ? null : JsonCodec.read(s);
        });
    }

    /** Databases without a UUID type store the 36-character text form. */
    @Override public JdbcHandler<?> visitUuid(UuidType type) {
        return handler(java.sql.Types.CHAR, (ps, i, v) -> ps.setString(i, v.toString()), (rs, i) -> {
            String s = rs.getString(i);
            if (s == null) {
                return null;
            }
            try {
                return UUID.fromString(s.trim());
            } catch (IllegalArgumentException e) {
                throw new SQLException("The database holds '" + s + "', which is not a UUID", "22000", e);
            }
        });
    }

    @Override public JdbcHandler<?> visitNull(NullType type) {
        return handler(java.sql.Types.NULL, (ps, i, v) -> ps.setObject(i, v), (rs, i) -> rs.getObject(i));
    }

    @Override public JdbcHandler<?> visitDecorator(TypeDecorator<?, ?> type) {
        return decorated(type, type.impl().accept(this));
    }

    @SuppressWarnings("unchecked")
    private static <J, D> JdbcHandler<J> decorated(TypeDecorator<J, D> type, JdbcHandler<?> implHandler) {
        JdbcHandler<D> inner = (JdbcHandler<D>) implHandler;
        return handler(inner.nullType(), (ps, i, v) -> inner.bindNullable(ps, i, type.toDatabase(v)),
                (rs, i) -> type.fromDatabase(inner.read(rs, i)));
    }
}
