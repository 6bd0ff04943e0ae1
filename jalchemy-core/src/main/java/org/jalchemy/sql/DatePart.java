package org.jalchemy.sql;

import java.util.Arrays;
import java.util.Locale;
import org.jalchemy.exc.ArgumentError;

/**
 * A field {@code extract(...)} takes from a date or timestamp. Every field is a whole number on every database:
 * {@link #SECOND} drops fractions of a second, {@link #DOW} counts 0 = Sunday to 6 = Saturday (as PostgreSQL and
 * SQLAlchemy), {@link #DOY} 1 to 366, {@link #EPOCH} whole seconds since 1970-01-01 00:00:00 (the timestamp's own
 * clock reading taken as UTC; fractions floored, as {@code Instant.getEpochSecond()}: 1969-12-31 23:59:58.5 is -2).
 */
public enum DatePart {
    /** The year. */
    YEAR,
    /** The month, 1 to 12. */
    MONTH,
    /** The day of the month, 1 to 31. */
    DAY,
    /** The hour, 0 to 23. */
    HOUR,
    /** The minute, 0 to 59. */
    MINUTE,
    /** The second, 0 to 59, without fractions. */
    SECOND,
    /** The day of the week, 0 = Sunday to 6 = Saturday. */
    DOW,
    /** The day of the year, 1 to 366. */
    DOY,
    /** Whole seconds since 1970-01-01 00:00:00, floored. */
    EPOCH;

    /**
     * The field named {@code name} in any case ({@code "year"}, {@code "dow"}, ...).
     *
     * @throws ArgumentError naming the valid fields when there is none
     */
    public static DatePart of(String name) {
        if (name != null) {
            for (DatePart p : values()) {
                if (p.name().equalsIgnoreCase(name.trim())) {
                    return p;
                }
            }
        }
        throw new ArgumentError("Unknown extract() field '" + name + "'; fields are "
                + Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }
}
