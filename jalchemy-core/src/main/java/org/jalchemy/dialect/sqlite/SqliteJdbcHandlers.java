package org.jalchemy.dialect.sqlite;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import org.jalchemy.types.DateTimeType;
import org.jalchemy.types.DateType;
import org.jalchemy.types.DoubleType;
import org.jalchemy.types.FloatType;
import org.jalchemy.types.JdbcHandler;
import org.jalchemy.types.NullType;
import org.jalchemy.types.NumericType;
import org.jalchemy.types.StandardJdbcHandlers;
import org.jalchemy.types.TimeType;
import org.jalchemy.types.TimestampTzType;

/**
 * SQLite stores dates and times as ISO-8601 text ({@code 2024-05-01 13:45:00.123456}), the format SQLite's
 * own date functions and CURRENT_TIMESTAMP use, so values sort and compare as text.
 *
 * <p>Decimals are bound as numbers, never as text. The driver would send a {@code BigDecimal} as TEXT, and
 * SQLite compares a TEXT value with a value that has no column affinity (an aggregate, literal arithmetic, a
 * column of a CTE or subquery, any {@code text()} expression) as text, which is always greater than a number:
 * {@code (10.0 + 40.0) > '45'} is false. A NUMERIC column stores REAL or INTEGER either way (its affinity
 * converts text), so binding a number changes nothing in what is stored; SQLAlchemy binds floats here too.
 */
public class SqliteJdbcHandlers extends StandardJdbcHandlers {
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd().toFormatter();
    private static final DateTimeFormatter DATETIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(TIME).toFormatter();
    private static final DateTimeFormatter DATETIME_READ = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd().append(TIME).toFormatter();

    /** SQLite would store NaN as NULL; infinities are kept. */
    @Override public JdbcHandler<?> visitFloat(FloatType type) {
        return handler(java.sql.Types.REAL, (ps, i, v) -> {
            requireStorable(v, true, "SQLite");
            ps.setFloat(i, v);
        }, (rs, i) -> {
            float v = rs.getFloat(i);
            return rs.wasNull() ? null : v;
        });
    }

    /** SQLite would store NaN as NULL; infinities are kept. */
    @Override public JdbcHandler<?> visitDouble(DoubleType type) {
        return handler(java.sql.Types.DOUBLE, (ps, i, v) -> {
            requireStorable(v, true, "SQLite");
            ps.setDouble(i, v);
        }, (rs, i) -> {
            double v = rs.getDouble(i);
            return rs.wasNull() ? null : v;
        });
    }

    @Override public JdbcHandler<?> visitNumeric(NumericType type) {
        Integer scale = type.scale();
        return handler(java.sql.Types.NUMERIC, SqliteJdbcHandlers::bindDecimal,
                (rs, i) -> withScale(rs.getBigDecimal(i), scale));
    }

    /** Untyped values (a BigInteger in {@code text()}, {@code literal(v, NULLTYPE)}): numbers bind as numbers here too. */
    @Override public JdbcHandler<?> visitNull(NullType type) {
        return handler(java.sql.Types.NULL, (ps, i, v) -> {
            if (v instanceof BigDecimal d) {
                bindDecimal(ps, i, d);
            } else if (v instanceof BigInteger b) {
                bindDecimal(ps, i, new BigDecimal(b));
            } else {
                ps.setObject(i, v);
            }
        }, (rs, i) -> rs.getObject(i));
    }

    /**
     * A decimal as SQLite's own numbers: an integral value that fits 64 bits as INTEGER (exact, as a NUMERIC
     * column would store it), anything else as an 8-byte REAL (what a NUMERIC column stores; about 15
     * significant digits). A value beyond the double range is a DataError instead of an infinity.
     */
    static void bindDecimal(PreparedStatement ps, int i, BigDecimal v) throws SQLException {
        BigDecimal n = v.scale() > 0 ? v.stripTrailingZeros() : v;
        if (n.scale() <= 0 && (n.precision() - n.scale() <= 18 || n.toBigIntegerExact().bitLength() < 64)) {
            ps.setLong(i, n.longValueExact());
            return;
        }
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw new SQLException("SQLite cannot store the decimal " + v + ": it is beyond the range of its 8-byte REAL", "22003");
        }
        ps.setDouble(i, d);
    }

    @Override public JdbcHandler<?> visitDate(DateType type) {
        return handler(java.sql.Types.VARCHAR, (ps, i, v) -> ps.setString(i, v.toString()), (rs, i) -> {
            String s = rs.getString(i);
            return s == null ? null : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        });
    }

    @Override public JdbcHandler<?> visitTime(TimeType type) {
        return handler(java.sql.Types.VARCHAR, (ps, i, v) -> ps.setString(i, TIME.format(v)), (rs, i) -> {
            String s = rs.getString(i);
            return s == null ? null : LocalTime.parse(s, TIME);
        });
    }

    @Override public JdbcHandler<?> visitDateTime(DateTimeType type) {
        return handler(java.sql.Types.VARCHAR, (ps, i, v) -> ps.setString(i, DATETIME.format(v)), (rs, i) -> {
            String s = rs.getString(i);
            return s == null ? null : LocalDateTime.parse(s, DATETIME_READ);
        });
    }

    /** Stored in UTC with the offset written out ({@code 2024-05-01 13:45:00+00:00}). */
    @Override public JdbcHandler<?> visitTimestampTz(TimestampTzType type) {
        return handler(java.sql.Types.VARCHAR,
                (ps, i, v) -> ps.setString(i, DATETIME.format(v.withOffsetSameInstant(ZoneOffset.UTC)) + "+00:00"),
                (rs, i) -> {
                    String s = rs.getString(i);
                    if (s == null) {
                        return null;
                    }
                    int plus = Math.max(s.lastIndexOf('+'), s.lastIndexOf('Z'));
                    int minus = s.lastIndexOf('-');
                    int cut = Math.max(plus, minus > 10 ? minus : -1);
                    if (cut < 0) {
                        return LocalDateTime.parse(s, DATETIME_READ).atOffset(ZoneOffset.UTC);
                    }
                    String offset = s.substring(cut);
                    return LocalDateTime.parse(s.substring(0, cut), DATETIME_READ)
                            .atOffset(ZoneOffset.of(offset.equals("Z") ? "+00:00" : offset))
                            .withOffsetSameInstant(ZoneOffset.UTC);
                });
    }

}
