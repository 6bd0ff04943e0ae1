package org.jalchemy.types;

import java.util.Arrays;

/**
 * A Java enum stored by its constant name in a VARCHAR sized to the longest name (no native ENUM type,
 * so migrations stay portable); read back as the enum constant.
 */
public record EnumType<E extends Enum<E>>(Class<E> enumClass) implements SqlType<E> {
    @Override public Class<E> javaType() { return enumClass; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitEnum(this); }

    /** The VARCHAR length: the longest constant name. */
    public int length() {
        return Arrays.stream(enumClass.getEnumConstants()).mapToInt(e -> e.name().length()).max().orElse(1);
    }

    @Override public E convert(Object v) {
        try {
            return v instanceof String s ? Enum.valueOf(enumClass, s) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override public String toString() { return "ENUM(" + enumClass.getSimpleName() + ")"; }
}
