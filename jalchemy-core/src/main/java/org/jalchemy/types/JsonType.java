package org.jalchemy.types;

/** JSON: a document read back as {@code Map}, {@code List}, String, Number or Boolean (via jackson-jr). */
public record JsonType() implements SqlType<Object> {
    @Override public Class<Object> javaType() { return Object.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitJson(this); }
    @Override public String toString() { return "JSON"; }
    /** A JSON list is one value. */
    @Override public boolean collectionValued() { return true; }
}
