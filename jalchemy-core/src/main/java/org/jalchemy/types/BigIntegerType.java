package org.jalchemy.types;

/** BIGINT: a 64-bit integer, read as {@link Long}. */
public record BigIntegerType() implements SqlType<Long> {
    @Override public Long convert(Object v) {
        return v instanceof Number n && n.longValue() == n.doubleValue() ? n.longValue() : null;
    }
    @Override public String toString() { return "BIGINT"; }
    @Override public Class<Long> javaType() { return Long.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitBigInteger(this); }
}
