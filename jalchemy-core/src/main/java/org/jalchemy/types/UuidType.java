package org.jalchemy.types;

import java.util.UUID;

/** UUID: native where the database has it, CHAR(36) elsewhere; read as {@link UUID}. */
public record UuidType() implements SqlType<UUID> {
    @Override public UUID convert(Object v) {
        try {
            return v instanceof String s ? UUID.fromString(s) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
    @Override public String toString() { return "UUID"; }
    @Override public Class<UUID> javaType() { return UUID.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitUuid(this); }
}
