package org.jalchemy.types;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** DATETIME / TIMESTAMP without time zone, read as {@link LocalDateTime} (microsecond precision). */
public record DateTimeType() implements SqlType<LocalDateTime> {
    /** Microseconds are the precision every database keeps: finer digits are dropped here, the same everywhere. */
    @Override public LocalDateTime coerce(Object value) {
        LocalDateTime v = SqlType.super.coerce(value);
        return v == null ? null : v.truncatedTo(ChronoUnit.MICROS);
    }
    @Override public String toString() { return "DATETIME"; }
    @Override public Class<LocalDateTime> javaType() { return LocalDateTime.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitDateTime(this); }
}
