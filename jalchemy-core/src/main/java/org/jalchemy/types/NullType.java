package org.jalchemy.types;

/** The type of an expression whose SQL type is unknown: values are bound and read as the driver sees fit. */
public record NullType() implements SqlType<Object> {
    @Override public Class<Object> javaType() { return Object.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitNull(this); }
    @Override public String toString() { return "NULL"; }
}
