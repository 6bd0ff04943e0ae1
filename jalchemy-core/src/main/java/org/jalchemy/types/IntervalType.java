package org.jalchemy.types;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/** INTERVAL: a length of time, read as {@link Duration}; stored as microseconds where the database has no interval type. */
public record IntervalType() implements SqlType<Duration> {
    /**
     * Microseconds are the precision every database keeps, so finer digits are dropped here; a Duration too long
     * to count in 64-bit microseconds (about 292,000 years) is refused.
     */
    @Override public Duration coerce(Object value) {
        Duration v = SqlType.super.coerce(value);
        if (v == null) {
            return null;
        }
        if (v.getSeconds() > MAX_SECONDS || v.getSeconds() < -MAX_SECONDS) {
            throw Coercion.cannotUse(value, this, "Duration within +/-" + MAX_SECONDS + " seconds");
        }
        return v.truncatedTo(ChronoUnit.MICROS);
    }

    /** The longest Duration whose microseconds fit a long, in whole seconds (with room for the fraction). */
    private static final long MAX_SECONDS = Long.MAX_VALUE / 1_000_000L - 1;

    @Override public String toString() { return "INTERVAL"; }
    @Override public Class<Duration> javaType() { return Duration.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitInterval(this); }
}
