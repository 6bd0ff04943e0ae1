package org.jalchemy.types;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The built-in SQL types, for {@code import static org.jalchemy.types.Types.*}:
 * {@code Column.of("name", string(50))}, {@code Column.of("price", numeric(10, 2))}.
 */
public final class Types {
    private Types() {}

    /** 32-bit integer → Integer. */
    public static final IntegerType INTEGER = new IntegerType();
    /** 64-bit integer → Long. */
    public static final BigIntegerType BIGINT = new BigIntegerType();
    /** 16-bit integer → Integer. */
    public static final SmallIntegerType SMALLINT = new SmallIntegerType();
    /** VARCHAR without a length (not accepted in DDL by MySQL/MariaDB or Oracle) → String. */
    public static final StringType STRING = new StringType(null);
    /** Unbounded text → String. */
    public static final TextType TEXT = new TextType();
    /** Boolean → Boolean (0/1 on databases without a boolean type). */
    public static final BooleanType BOOLEAN = new BooleanType();
    /** Single-precision float → Float. */
    public static final FloatType FLOAT = new FloatType();
    /** Double-precision float → Double. */
    public static final DoubleType DOUBLE = new DoubleType();
    /** NUMERIC without precision → BigDecimal. */
    public static final NumericType NUMERIC = new NumericType(null, null);
    /** Date → LocalDate. */
    public static final DateType DATE = new DateType();
    /** Time of day → LocalTime. */
    public static final TimeType TIME = new TimeType();
    /** Timestamp without zone → LocalDateTime. */
    public static final DateTimeType DATETIME = new DateTimeType();
    /** Timestamp with zone → OffsetDateTime (UTC). */
    public static final TimestampTzType TIMESTAMPTZ = new TimestampTzType();
    /** Interval → Duration. */
    public static final IntervalType INTERVAL = new IntervalType();
    /** Binary → byte[]. */
    public static final LargeBinaryType LARGE_BINARY = new LargeBinaryType();
    /** JSON document → Map / List / scalar. */
    public static final JsonType JSON = new JsonType();
    /** UUID → java.util.UUID. */
    public static final UuidType UUID = new UuidType();
    /** Unknown type: values pass through the driver unchanged. */
    public static final NullType NULLTYPE = new NullType();

    /** VARCHAR(length) → String. */
    public static StringType string(int length) { return new StringType(length); }

    /** NUMERIC(precision, scale) → BigDecimal. */
    public static NumericType numeric(int precision, int scale) { return new NumericType(precision, scale); }

    /** An enum stored by constant name → the enum. */
    public static <E extends Enum<E>> EnumType<E> enumOf(Class<E> enumClass) { return new EnumType<>(enumClass); }

    /**
     * The type a plain Java value implies, used for {@code literal(v)} and values compared with untyped
     * expressions: Integer → INTEGER, Long → BIGINT, String → VARCHAR, Map/List → JSON, otherwise NULLTYPE.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static SqlType<?> forValue(Object value) {
        if (value == null) {
            return NULLTYPE;
        }
        return BY_VALUE_CLASS.get(value.getClass());
    }

    /** The implied type per value class, computed once per class (final classes match exactly, others by kind). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final ClassValue<SqlType<?>> BY_VALUE_CLASS = new ClassValue<>() {
        @Override protected SqlType<?> computeValue(Class<?> c) {
            SqlType<?> exact = EXACT.get(c);
            if (exact != null) {
                return exact;
            }
            if (Enum.class.isAssignableFrom(c)) {
                Class<?> e = c.isEnum() ? c : c.getSuperclass(); // constants with bodies are subclasses
                return new EnumType(e);
            }
            if (Map.class.isAssignableFrom(c) || List.class.isAssignableFrom(c)) {
                return JSON;
            }
            return NULLTYPE;
        }
    };

    private static final Map<Class<?>, SqlType<?>> EXACT = Map.ofEntries(
            Map.entry(Integer.class, INTEGER), Map.entry(Long.class, BIGINT), Map.entry(Short.class, SMALLINT),
            Map.entry(Byte.class, SMALLINT), Map.entry(String.class, STRING), Map.entry(Boolean.class, BOOLEAN),
            Map.entry(BigDecimal.class, NUMERIC), Map.entry(Double.class, DOUBLE), Map.entry(Float.class, FLOAT),
            Map.entry(LocalDateTime.class, DATETIME), Map.entry(LocalDate.class, DATE), Map.entry(LocalTime.class, TIME),
            Map.entry(OffsetDateTime.class, TIMESTAMPTZ), Map.entry(Duration.class, INTERVAL),
            Map.entry(java.util.UUID.class, UUID), Map.entry(byte[].class, LARGE_BINARY));
}
