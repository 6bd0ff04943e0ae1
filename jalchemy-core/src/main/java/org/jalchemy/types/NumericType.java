package org.jalchemy.types;

import java.math.BigDecimal;

/** NUMERIC(precision, scale): an exact decimal, read as {@link BigDecimal} with the column scale. */
public record NumericType(Integer precision, Integer scale) implements SqlType<BigDecimal> {
    /** Any finite number, exactly as written in Java (a double 0.1 is 0.1, not its binary expansion). */
    @Override public BigDecimal convert(Object v) {
        return Coercion.decimal(v);
    }
    @Override public String toString() {
        return precision == null ? "NUMERIC" : "NUMERIC(" + precision + (scale == null ? "" : ", " + scale) + ")";
    }
    @Override public Class<BigDecimal> javaType() { return BigDecimal.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitNumeric(this); }
}
