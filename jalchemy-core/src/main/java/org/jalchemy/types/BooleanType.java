package org.jalchemy.types;

/** BOOLEAN: read as {@link Boolean} everywhere, also where the database stores 0/1. */
public record BooleanType() implements SqlType<Boolean> {
    /** The numbers 0 and 1 (as databases without a boolean type store it); nothing else. */
    @Override public Boolean convert(Object v) {
        Long l = Coercion.exactLong(v);
        return l != null && (l == 0 || l == 1) ? l == 1 : null;
    }
    @Override public String toString() { return "BOOLEAN"; }
    @Override public Class<Boolean> javaType() { return Boolean.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitBoolean(this); }
}
