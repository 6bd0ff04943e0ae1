package org.jalchemy.types;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** TIMESTAMP WITH TIME ZONE, read as {@link OffsetDateTime} in UTC; where the database has no such type it is stored as UTC. */
public record TimestampTzType() implements SqlType<OffsetDateTime> {
    @Override public OffsetDateTime convert(Object v) {
        return v instanceof java.time.Instant i ? i.atOffset(java.time.ZoneOffset.UTC)
                : v instanceof java.time.ZonedDateTime z ? z.toOffsetDateTime() : null;
    }
    /** Microseconds are the precision every database keeps: finer digits are dropped here, the same everywhere. */
    @Override public OffsetDateTime coerce(Object value) {
        OffsetDateTime v = SqlType.super.coerce(value);
        return v == null ? null : v.truncatedTo(ChronoUnit.MICROS);
    }
    @Override public String toString() { return "TIMESTAMP WITH TIME ZONE"; }
    @Override public Class<OffsetDateTime> javaType() { return OffsetDateTime.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitTimestampTz(this); }
}
