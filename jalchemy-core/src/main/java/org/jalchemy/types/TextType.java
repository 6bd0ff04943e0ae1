package org.jalchemy.types;

/** TEXT: an unbounded string (CLOB on Oracle). */
public record TextType() implements SqlType<String> {
    @Override public String convert(Object v) {
        return v instanceof CharSequence || v instanceof Character ? v.toString() : null;
    }
    @Override public String toString() { return "TEXT"; }
    @Override public Class<String> javaType() { return String.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitText(this); }
}
