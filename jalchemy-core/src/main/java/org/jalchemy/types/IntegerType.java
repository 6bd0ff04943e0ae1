package org.jalchemy.types;

/** INTEGER: a 32-bit integer, read as {@link Integer}. */
public record IntegerType() implements SqlType<Integer> {
    @Override public Integer convert(Object v) {
        if (v instanceof Number n) {
            long l = n.longValue();
            return l == n.doubleValue() && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? (int) l : null;
        }
        return null;
    }
    @Override public String toString() { return "INTEGER"; }
    @Override public Class<Integer> javaType() { return Integer.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitInteger(this); }
}
