package org.jalchemy.types;

/** BLOB / BYTEA: binary data, read as {@code byte[]}. */
public record LargeBinaryType() implements SqlType<byte[]> {
    @Override public Class<byte[]> javaType() { return byte[].class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitLargeBinary(this); }
    @Override public String toString() { return "BLOB"; }
}
