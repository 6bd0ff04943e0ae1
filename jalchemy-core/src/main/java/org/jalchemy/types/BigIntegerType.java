package org.jalchemy.types;

/** BIGINT: a 64-bit integer, read as {@link Long}. */
public record BigIntegerType() implements SqlType<Long> {
    /** A whole number within the 64-bit range; never a string or a fraction. */
    @Override public Long convert(Object v) {
        return Coercion.exactLong(v);
    }
    @Override public String toString() { return "BIGINT"; }
    @Override public Class<Long> javaType() { return Long.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitBigInteger(this); }
}
