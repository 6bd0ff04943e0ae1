package org.jalchemy.types;

import java.time.LocalDate;

/** DATE: a calendar date, read as {@link LocalDate}. */
public record DateType() implements SqlType<LocalDate> {
    @Override public String toString() { return "DATE"; }
    @Override public Class<LocalDate> javaType() { return LocalDate.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitDate(this); }
}
