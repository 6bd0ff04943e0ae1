package org.jalchemy.types;

/** FLOAT: a single-precision float, read as {@link Float}. */
public record FloatType() implements SqlType<Float> {
    @Override public Float convert(Object v) { return v instanceof Number n ? n.floatValue() : null; }
    @Override public String toString() { return "FLOAT"; }
    @Override public Class<Float> javaType() { return Float.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitFloat(this); }
}
