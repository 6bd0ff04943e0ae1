package org.jalchemy.types;

/** DOUBLE: a double-precision float, read as {@link Double}. */
public record DoubleType() implements SqlType<Double> {
    @Override public Double convert(Object v) { return v instanceof Number n ? n.doubleValue() : null; }
    @Override public String toString() { return "DOUBLE"; }
    @Override public Class<Double> javaType() { return Double.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitDouble(this); }
}
