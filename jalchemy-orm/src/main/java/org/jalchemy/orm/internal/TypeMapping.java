package org.jalchemy.orm.internal;

import static org.jalchemy.types.Types.*;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.lang.invoke.MethodType;
import org.jalchemy.orm.Column;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.types.SqlType;

/**
 * The SQL type a field's Java type maps to. String → VARCHAR(length), VARCHAR(255) when no length is given,
 * TEXT with {@code @Column(text = true)}; BigDecimal → NUMERIC(precision, scale), NUMERIC(19, 4) by default;
 * enums are stored by constant name. Returns null for a type that has no mapping.
 */
public final class TypeMapping {
    /** VARCHAR length of a String field without {@code @Column(length)}: fits every database's index limits. */
    public static final int DEFAULT_STRING_LENGTH = 255;
    /** NUMERIC precision and scale of a BigDecimal field without {@code @Column(precision)}. */
    public static final int DEFAULT_PRECISION = 19;
    /** See {@link #DEFAULT_PRECISION}. */
    public static final int DEFAULT_SCALE = 4;

    private TypeMapping() {}

    /** The SQL type of {@code field}, or null when its Java type is not supported. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static SqlType<?> sqlType(Field field, Column ann) {
        Class<?> t = field.getType();
        if (ann != null && ann.type() != SqlType.class) {
            return customType(field, ann.type());
        }
        if (t == Integer.class || t == int.class) return INTEGER;
        if (t == Long.class || t == long.class) return BIGINT;
        if (t == String.class) {
            if (ann != null && ann.text()) return TEXT;
            return string(ann != null && ann.length() > 0 ? ann.length() : DEFAULT_STRING_LENGTH);
        }
        if (t == Boolean.class || t == boolean.class) return BOOLEAN;
        if (t == BigDecimal.class) {
            return ann != null && ann.precision() > 0 ? numeric(ann.precision(), ann.scale())
                    : numeric(DEFAULT_PRECISION, DEFAULT_SCALE);
        }
        if (t == Double.class || t == double.class) return DOUBLE;
        if (t == Float.class || t == float.class) return FLOAT;
        if (t == LocalDate.class) return DATE;
        if (t == LocalDateTime.class) return DATETIME;
        if (t == OffsetDateTime.class) return TIMESTAMPTZ;
        if (t == LocalTime.class) return TIME;
        if (t == Duration.class) return INTERVAL;
        if (t == UUID.class) return UUID;
        if (t == byte[].class) return LARGE_BINARY;
        if (t.isEnum()) return enumOf((Class) t);
        return null;
    }

    /** An instance of {@code @Column(type = ...)}, checked against the field's (boxed) Java type. */
    @SuppressWarnings("rawtypes")
    private static SqlType<?> customType(Field field, Class<? extends SqlType> typeClass) {
        String where = field.getDeclaringClass().getName() + "." + field.getName();
        SqlType<?> type;
        try {
            type = typeClass.getConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new MappingError("@Column(type = " + typeClass.getName() + ") on field " + where
                    + ": cannot create the type; it needs a public no-arg constructor (" + e + ")", e);
        }
        Class<?> fieldType = MethodType.methodType(field.getType()).wrap().returnType();
        if (!type.javaType().isAssignableFrom(fieldType)) {
            throw new MappingError("@Column(type = " + typeClass.getName() + ") on field " + where + " handles "
                    + type.javaType().getName() + ", not the field's type " + field.getType().getName());
        }
        return type;
    }

    /** The supported Java types, for error messages. */
    public static String supported() {
        return "Integer/int, Long/long, String, Boolean/boolean, BigDecimal, Double/double, Float/float, LocalDate, "
                + "LocalDateTime, OffsetDateTime, LocalTime, Duration, UUID, byte[], enums";
    }
}
