package org.jalchemy.types;

/** SMALLINT: a 16-bit integer, read as {@link Integer} (as JDBC's getObject maps it). */
public record SmallIntegerType() implements SqlType<Integer> {
    @Override public Integer convert(Object v) {
        return v instanceof Number n && n.longValue() == n.doubleValue() ? n.intValue() : null;
    }
    @Override public String toString() { return "SMALLINT"; }
    @Override public Class<Integer> javaType() { return Integer.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitSmallInteger(this); }
}
