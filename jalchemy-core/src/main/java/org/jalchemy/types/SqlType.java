package org.jalchemy.types;

import org.jalchemy.exc.ArgumentError;

/**
 * A SQL type: its Java value type, how it is named in DDL per dialect and how values travel through JDBC.
 * Built-in types are records (so two {@code string(50)} are equal); dialects map them with a {@link TypeVisitor}.
 *
 * @param <T> the Java type of values of this SQL type, e.g. {@code Integer} for INTEGER
 */
public interface SqlType<T> {
    /** The Java class values of this type arrive as, e.g. {@code LocalDateTime.class} for DATETIME. */
    Class<T> javaType();

    /** Double dispatch for dialect-specific treatment (DDL names, JDBC handlers). */
    <R> R accept(TypeVisitor<R> visitor);

    /**
     * Converts a value given by user code to this type's Java type, e.g. a {@code Long} 5 for an INTEGER column.
     *
     * @throws ArgumentError naming the value and the type when it cannot be converted
     */
    default T coerce(Object value) {
        if (value == null || javaType().isInstance(value)) {
            return javaType().cast(value);
        }
        T converted = convert(value);
        if (converted == null) {
            throw Coercion.cannotUse(value, this, javaType().getSimpleName());
        }
        return converted;
    }

    /**
     * Whether a single value of this type may itself be a collection (JSON, or a decorator over a List), so a
     * collection given as its parameter is one value, never expanded into {@code IN (?, ?, ...)}.
     */
    default boolean collectionValued() {
        return java.util.Collection.class.isAssignableFrom(javaType());
    }

    /** Converts a value that is not already of the Java type; returns null when it cannot. */
    default T convert(Object value) {
        return null;
    }
}
