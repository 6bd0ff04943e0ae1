package org.jalchemy.types;

import java.time.LocalDateTime;

/** DATETIME / TIMESTAMP without time zone, read as {@link LocalDateTime} (microsecond precision). */
public record DateTimeType() implements SqlType<LocalDateTime> {
    @Override public String toString() { return "DATETIME"; }
    @Override public Class<LocalDateTime> javaType() { return LocalDateTime.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitDateTime(this); }
}
