package org.jalchemy.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jalchemy.exc.ArgumentError;

/** Shared pieces of {@link SqlType#coerce}: exact number conversions and the error that names value and type. */
final class Coercion {
    private static final double TWO_TO_63 = 0x1p63;

    private Coercion() {}

    /** The error for a value {@code type} cannot take; {@code expects} says what it takes. */
    static ArgumentError cannotUse(Object value, SqlType<?> type, String expects) {
        return new ArgumentError("Cannot use value " + value + " (" + value.getClass().getName() + ") for SQL type "
                + type + " (expects " + expects + ")");
    }

    /**
     * {@code value} as a long when it is a whole number that fits exactly (5, 5L, 5.0, BigDecimal 5.00), else null:
     * 5.5, 2^63 or NaN are never silently truncated.
     */
    static Long exactLong(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger b) {
            return b.bitLength() < 64 ? b.longValue() : null;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return d == Math.rint(d) && d >= -TWO_TO_63 && d < TWO_TO_63 ? (long) d : null;
        }
        BigDecimal d = decimal(value);
        if (d == null) {
            return null;
        }
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** {@code value} as a whole number within {@code min..max}, else null. */
    static Integer exactInt(Object value, int min, int max) {
        Long l = exactLong(value);
        return l != null && l >= min && l <= max ? l.intValue() : null;
    }

    /** Any Number as an exact BigDecimal, or null (also for NaN and infinities). */
    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            try {
                return new BigDecimal(n.toString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
