package org.jalchemy.types;

/** INTEGER: a 32-bit integer, read as {@link Integer}. */
public record IntegerType() implements SqlType<Integer> {
    /** A whole number within the 32-bit range (5L, 5.0, BigDecimal 5); never a string or a fraction. */
    @Override public Integer convert(Object v) {
        return Coercion.exactInt(v, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    @Override public String toString() { return "INTEGER"; }
    @Override public Class<Integer> javaType() { return Integer.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitInteger(this); }
}
