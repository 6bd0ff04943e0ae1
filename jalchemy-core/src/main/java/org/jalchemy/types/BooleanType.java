package org.jalchemy.types;

/** BOOLEAN: read as {@link Boolean} everywhere, also where the database stores 0/1. */
public record BooleanType() implements SqlType<Boolean> {
    @Override public Boolean convert(Object v) {
        return v instanceof Number n && (n.intValue() == 0 || n.intValue() == 1) ? n.intValue() == 1 : null;
    }
    @Override public String toString() { return "BOOLEAN"; }
    @Override public Class<Boolean> javaType() { return Boolean.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitBoolean(this); }
}
