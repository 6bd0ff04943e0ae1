package org.jalchemy.types;

/** VARCHAR(length): a bounded string; length may be null where the dialect allows it. */
public record StringType(Integer length) implements SqlType<String> {
    @Override public String convert(Object v) {
        return v instanceof CharSequence || v instanceof Character ? v.toString() : null;
    }
    @Override public String toString() { return length == null ? "VARCHAR" : "VARCHAR(" + length + ")"; }
    @Override public Class<String> javaType() { return String.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitString(this); }
}
