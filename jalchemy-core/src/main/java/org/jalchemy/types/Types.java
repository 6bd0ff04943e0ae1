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
        if (value == null) return NULLTYPE;
        if (value instanceof Integer) return INTEGER;
        if (value instanceof Long) return BIGINT;
        if (value instanceof Short || value instanceof Byte) return SMALLINT;
        if (value instanceof String) return STRING;
        if (value instanceof Boolean) return BOOLEAN;
        if (value instanceof BigDecimal) return NUMERIC;
        if (value instanceof Double) return DOUBLE;
        if (value instanceof Float) return FLOAT;
        if (value instanceof LocalDateTime) return DATETIME;
        if (value instanceof LocalDate) return DATE;
        if (value instanceof LocalTime) return TIME;
        if (value instanceof OffsetDateTime) return TIMESTAMPTZ;
        if (value instanceof Duration) return INTERVAL;
        if (value instanceof java.util.UUID) return UUID;
        if (value instanceof byte[]) return LARGE_BINARY;
        if (value instanceof Enum<?> e) return new EnumType(e.getDeclaringClass());
        if (value instanceof Map || value instanceof List) return JSON;
        return NULLTYPE;
    }
}
