package org.jalchemy.dialect.mysql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.jalchemy.types.DateTimeType;
import org.jalchemy.types.DateType;
import org.jalchemy.types.DoubleType;
import org.jalchemy.types.FloatType;
import org.jalchemy.types.JdbcHandler;
import org.jalchemy.types.StandardJdbcHandlers;
import org.jalchemy.types.TimeType;
import org.jalchemy.types.TimestampTzType;

/**
 * MySQL / MariaDB through MariaDB Connector/J. BOOLEAN is TINYINT(1) (read by getBoolean), INTERVAL a BIGINT
 * of microseconds and UUID a CHAR(36) (both from the standard handlers); what differs is below.
 *
 * <p>Dates and times are bound as text ({@code 2024-03-10 02:30:00.000000}) and DATETIME is read through a UTC
 * calendar: the driver's own LocalDateTime path goes through the JVM's time zone and moves wall-clock times that
 * fall in a daylight-saving gap (02:30 on the day New York springs forward comes back as 03:30).
 */
public class MySqlJdbcHandlers extends StandardJdbcHandlers {
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

    @Override public JdbcHandler<?> visitDate(DateType type) {
        return handler(java.sql.Types.VARCHAR, (ps, i, v) -> ps.setString(i, v.toString()), (rs, i) -> {
            String s = rs.getString(i);
            return s == null ? null : parse(s, LocalDate::parse);
        });
    }

    @Override public JdbcHandler<?> visitTime(TimeType type) {
        return handler(java.sql.Types.VARCHAR, (ps, i, v) -> ps.setString(i, TIME.format(v)), (rs, i) -> {
            String s = rs.getString(i);
            return s == null ? null : parse(s, LocalTime::parse);
        });
    }

    @Override public JdbcHandler<?> visitDateTime(DateTimeType type) {
        return handler(java.sql.Types.VARCHAR, (ps, i, v) -> ps.setString(i, DATETIME.format(v)),
                MySqlJdbcHandlers::readDateTime);
    }

    /** No zone-aware type: stored as the UTC wall-clock time in DATETIME(6), read back at offset UTC. */
    @Override public JdbcHandler<?> visitTimestampTz(TimestampTzType type) {
        return handler(java.sql.Types.VARCHAR,
                (ps, i, v) -> ps.setString(i, DATETIME.format(v.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime())),
                (rs, i) -> {
                    LocalDateTime v = readDateTime(rs, i);
                    return v == null ? null : v.atOffset(ZoneOffset.UTC);
                });
    }

    /**
     * Read through a UTC, purely Gregorian calendar: the driver turns DATETIME into a Timestamp in the calendar's
     * zone (also for getString and LocalDateTime), and UTC has no daylight-saving gap to move 02:30 to 03:30.
     */
    private static LocalDateTime readDateTime(ResultSet rs, int i) throws SQLException {
        GregorianCalendar utc = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        utc.setGregorianChange(new Date(Long.MIN_VALUE));
        Timestamp ts = rs.getTimestamp(i, utc);
        return ts == null ? null : LocalDateTime.ofInstant(ts.toInstant(), ZoneOffset.UTC);
    }

    /** A parse function that may fail on text the server wrote, such as a zero date {@code 0000-00-00}. */
    private interface Parser<T> {
        T parse(CharSequence text);
    }

    private static <T> T parse(String text, Parser<T> parser) throws SQLException {
        try {
            return parser.parse(text);
        } catch (DateTimeParseException e) {
            throw new SQLException("MySQL returned a date/time Java cannot represent: " + text, "22007", e);
        }
    }

    /**
     * Stored in a DOUBLE column (see the type names): the server prints a FLOAT column with 6 significant digits,
     * so 1024.125f would come back as 1024.12f. The float is widened exactly, and narrowed back exactly.
     */
    @Override public JdbcHandler<?> visitFloat(FloatType type) {
        return handler(java.sql.Types.DOUBLE, (ps, i, v) -> {
            requireStorable(v, false, "MySQL/MariaDB");
            ps.setDouble(i, v.doubleValue());
        }, (rs, i) -> {
            double v = rs.getDouble(i);
            return rs.wasNull() ? null : (float) v;
        });
    }

    /** No NaN or infinity here: the driver would write them as bare words (an "unknown column" error). */
    @Override public JdbcHandler<?> visitDouble(DoubleType type) {
        return handler(java.sql.Types.DOUBLE, (ps, i, v) -> {
            requireStorable(v, false, "MySQL/MariaDB");
            ps.setDouble(i, v);
        }, (rs, i) -> {
            double v = rs.getDouble(i);
            return rs.wasNull() ? null : v;
        });
    }
}
