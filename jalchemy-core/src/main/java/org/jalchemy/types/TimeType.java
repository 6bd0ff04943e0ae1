package org.jalchemy.types;

import java.time.LocalTime;

/** TIME: a time of day, read as {@link LocalTime}. */
public record TimeType() implements SqlType<LocalTime> {
    @Override public String toString() { return "TIME"; }
    @Override public Class<LocalTime> javaType() { return LocalTime.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitTime(this); }
}
