package org.jalchemy.dialect.sqlite;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.SqlLiterals;
import org.jalchemy.types.DateTimeType;
import org.jalchemy.types.DateType;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.TimeType;
import org.jalchemy.types.TimestampTzType;

/**
 * SQLite has no date/time literals: dates and times are the ISO-8601 text {@link SqliteJdbcHandlers} binds, and
 * an infinity is the overflowing literal {@code 9e999}.
 */
class SqliteLiterals extends SqlLiterals {
    SqliteLiterals(Dialect dialect) {
        super(dialect);
    }

    @Override public Renderer visitDate(DateType type) {
        return v -> string(((LocalDate) v).toString());
    }

    @Override public Renderer visitTime(TimeType type) {
        return v -> string(TIME.format((LocalTime) v));
    }

    @Override public Renderer visitDateTime(DateTimeType type) {
        return v -> string(DATETIME.format((LocalDateTime) v));
    }

    @Override public Renderer visitTimestampTz(TimestampTzType type) {
        return v -> string(utc((OffsetDateTime) v) + "+00:00");
    }

    /** SQLite keeps infinities (a literal beyond the double range reads as one); NaN would be stored as NULL. */
    @Override protected String nonFinite(double v, SqlType<?> type) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "9e999" : "-9e999";
        }
        return super.nonFinite(v, type);
    }
}
