package org.jalchemy.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import org.jalchemy.exc.ArgumentError;

/**
 * Converts a value read from a result to the class the caller asks for ({@code Result.scalar(Long.class)}), only
 * where nothing is lost: numbers between classes when the value is exactly representable, 0/1 to Boolean, ISO text
 * to dates and UUIDs. Anything else is an {@link ArgumentError} naming the value, its class and the target.
 */
final class ValueConversion {
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(long.class, Long.class, int.class, Integer.class,
            short.class, Short.class, byte.class, Byte.class, double.class, Double.class, float.class, Float.class,
            boolean.class, Boolean.class);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private ValueConversion() {
    }

    @SuppressWarnings("unchecked")
    static <T> T to(Object value, Class<T> type) {
        if (value == null) {
            return null;
        }
        Class<?> target = type.isPrimitive() ? BOXES.get(type) : type;
        if (target.isInstance(value)) {
            return (T) value;
        }
        Object out = convert(value, target);
        if (out == null) {
            throw new ArgumentError("Cannot convert the value " + shown(value) + " (" + value.getClass().getName()
                    + ") to " + type.getName() + " without losing information");
        }
        return (T) out;
    }

    private static Object convert(Object value, Class<?> target) {
        if (value instanceof Number n) {
            return fromNumber(n, target);
        }
        if (value instanceof CharSequence cs) {
            return fromText(cs.toString(), target);
        }
        if (value instanceof java.sql.Timestamp t && target == LocalDateTime.class) {
            return t.toLocalDateTime();
        }
        if (value instanceof java.sql.Date d && target == LocalDate.class) {
            return d.toLocalDate();
        }
        return null;
    }

    private static Object fromNumber(Number n, Class<?> target) {
        BigDecimal exact = exact(n);
        if (exact == null) {
            return null;
        }
        if (target == Long.class || target == Integer.class || target == Short.class || target == Byte.class) {
            if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0
                    || exact.compareTo(LONG_MIN) < 0 || exact.compareTo(LONG_MAX) > 0) {
                return null;
            }
            long v = exact.longValue();
            if (target == Long.class) {
                return v;
            }
            if (target == Integer.class) {
                return v == (int) v ? (Object) (int) v : null;
            }
            if (target == Short.class) {
                return v == (short) v ? (Object) (short) v : null;
            }
            return v == (byte) v ? (Object) (byte) v : null;
        }
        if (target == BigInteger.class) {
            try {
                return exact.toBigIntegerExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        if (target == BigDecimal.class || target == Number.class) {
            return exact;
        }
        if (target == Double.class) {
            double d = exact.doubleValue();
            return new BigDecimal(d).compareTo(exact) == 0 ? (Object) d : null;
        }
        if (target == Float.class) {
            float f = exact.floatValue();
            return new BigDecimal(f).compareTo(exact) == 0 ? (Object) f : null;
        }
        if (target == Boolean.class) {
            // SQLite and MySQL hand booleans back as 0/1
            return exact.signum() == 0 ? Boolean.FALSE : exact.compareTo(BigDecimal.ONE) == 0 ? Boolean.TRUE : null;
        }
        return null;
    }

    /** The number's exact decimal value; null for NaN and the infinities. */
    private static BigDecimal exact(Number n) {
        if (n instanceof BigDecimal b) {
            return b;
        }
        if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? new BigDecimal(d) : null;
        }
        return BigDecimal.valueOf(n.longValue());
    }

    private static Object fromText(String s, Class<?> target) {
        try {
            if (target == String.class) {
                return s;
            }
            if (target == LocalDate.class) {
                return LocalDate.parse(s);
            }
            if (target == LocalDateTime.class) {
                return LocalDateTime.parse(s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s);
            }
            if (target == UUID.class) {
                return UUID.fromString(s);
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static String shown(Object value) {
        String s = String.valueOf(value);
        return value instanceof CharSequence ? "'" + (s.length() > 60 ? s.substring(0, 60) + "..." : s) + "'" : s;
    }
}
