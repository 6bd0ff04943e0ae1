package org.jalchemy.types;

/** JSON: a document read back as {@code Map}, {@code List}, String, Number or Boolean (via jackson-jr). */
public record JsonType() implements SqlType<Object> {
    @Override public Class<Object> javaType() { return Object.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitJson(this); }
    @Override public String toString() { return "JSON"; }

    /** A JSON document: a Map, a Collection, a String, a Number or a Boolean; anything else is refused before SQL. */
    @Override public Object coerce(Object value) {
        if (value == null || value instanceof java.util.Map || value instanceof java.util.Collection
                || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        throw Coercion.cannotUse(value, this, "Map, List, String, Number or Boolean");
    }
    /** A JSON list is one value. */
    @Override public boolean collectionValued() { return true; }
}
