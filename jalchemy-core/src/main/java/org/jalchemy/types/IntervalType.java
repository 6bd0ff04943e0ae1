package org.jalchemy.types;

import java.time.Duration;

/** INTERVAL: a length of time, read as {@link Duration}; stored as microseconds where the database has no interval type. */
public record IntervalType() implements SqlType<Duration> {
    @Override public String toString() { return "INTERVAL"; }
    @Override public Class<Duration> javaType() { return Duration.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitInterval(this); }
}
