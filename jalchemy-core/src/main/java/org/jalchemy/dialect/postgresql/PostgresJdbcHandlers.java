package org.jalchemy.dialect.postgresql;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jalchemy.types.IntervalType;
import org.jalchemy.types.JdbcHandler;
import org.jalchemy.types.JsonCodec;
import org.jalchemy.types.JsonType;
import org.jalchemy.types.StandardJdbcHandlers;
import org.jalchemy.types.UuidType;

/**
 * pgjdbc: native UUID, JSON sent as untyped text (the server casts it to json / jsonb), INTERVAL in ISO-8601
 * (the dialect sets {@code intervalstyle = 'iso_8601'} on every connection).
 */
public class PostgresJdbcHandlers extends StandardJdbcHandlers {
    /** Hours in PostgreSQL's year when an interval with years is read as a Duration (365.25 days). */
    private static final long HOURS_PER_YEAR = 8766;

    @Override public JdbcHandler<?> visitUuid(UuidType type) {
        return handler(java.sql.Types.OTHER, (ps, i, v) -> ps.setObject(i, v), object(UUID.class));
    }

    /** Sent as untyped text so the server casts it to json / jsonb. */
    @Override public JdbcHandler<?> visitJson(JsonType type) {
        return handler(java.sql.Types.OTHER, (ps, i, v) -> ps.setObject(i, JsonCodec.write(v), java.sql.Types.OTHER),
                (rs, i) -> {
                    String s = rs.getString(i);
                    return s == null ? null : JsonCodec.read(s);
                });
    }

    /** Bound as ISO-8601 text ({@code PT76H0.000005S}), read from ISO-8601 text. */
    @Override public JdbcHandler<?> visitInterval(IntervalType type) {
        return handler(java.sql.Types.OTHER, (ps, i, v) -> ps.setObject(i, v.toString(), java.sql.Types.OTHER),
                (rs, i) -> {
                    String s = rs.getString(i);
                    return s == null ? null : parseInterval(s);
                });
    }

    /**
     * An ISO-8601 interval as PostgreSQL writes it. A Duration has no months: intervals written in SQL with
     * months or years count a month as 30 days and a year as 365.25 days, as PostgreSQL's
     * {@code EXTRACT(EPOCH FROM interval)} does.
     */
    static Duration parseInterval(String s) throws SQLException {
        try {
            int t = s.indexOf('T');
            String datePart = t < 0 ? s : s.substring(0, t);
            if (datePart.indexOf('Y') < 0 && datePart.indexOf('M') < 0 && datePart.indexOf('W') < 0) {
                return Duration.parse(s);
            }
            Period p = Period.parse(datePart);
            Duration time = t < 0 ? Duration.ZERO : Duration.parse("P" + s.substring(t));
            return time.plusDays(p.getDays() + 30L * p.getMonths()).plusHours(HOURS_PER_YEAR * p.getYears());
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new SQLException("PostgreSQL returned an interval that is not a Duration: " + s, "22007", e);
        }
    }
}
