package org.jalchemy.types;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** TIME: a time of day, read as {@link LocalTime}. */
public record TimeType() implements SqlType<LocalTime> {
    /** Microseconds are the precision every database keeps: finer digits are dropped here, the same everywhere. */
    @Override public LocalTime coerce(Object value) {
        LocalTime v = SqlType.super.coerce(value);
        return v == null ? null : v.truncatedTo(ChronoUnit.MICROS);
    }
    @Override public String toString() { return "TIME"; }
    @Override public Class<LocalTime> javaType() { return LocalTime.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitTime(this); }
}
