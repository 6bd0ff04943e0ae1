package org.jalchemy.types;

import java.math.BigDecimal;
import java.math.BigInteger;

/** NUMERIC(precision, scale): an exact decimal, read as {@link BigDecimal} with the column scale. */
public record NumericType(Integer precision, Integer scale) implements SqlType<BigDecimal> {
    @Override public BigDecimal convert(Object v) {
        if (v instanceof BigInteger b) return new BigDecimal(b);
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) return BigDecimal.valueOf(((Number) v).longValue());
        if (v instanceof Number n) return new BigDecimal(n.toString());
        return null;
    }
    @Override public String toString() {
        return precision == null ? "NUMERIC" : "NUMERIC(" + precision + (scale == null ? "" : ", " + scale) + ")";
    }
    @Override public Class<BigDecimal> javaType() { return BigDecimal.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitNumeric(this); }
}
