package org.jalchemy.types;

/** SMALLINT: a 16-bit integer, read as {@link Integer} (as JDBC's getObject maps it). */
public record SmallIntegerType() implements SqlType<Integer> {
    /** An Integer is checked too: SQLite would store 40000 in a SMALLINT column where the servers refuse it. */
    @Override public Integer coerce(Object value) {
        if (value == null) {
            return null;
        }
        Integer v = Coercion.exactInt(value, Short.MIN_VALUE, Short.MAX_VALUE);
        if (v == null) {
            throw Coercion.cannotUse(value, this, "Integer in " + Short.MIN_VALUE + ".." + Short.MAX_VALUE);
        }
        return v;
    }

    /** A whole number within the 16-bit range. */
    @Override public Integer convert(Object v) {
        return Coercion.exactInt(v, Short.MIN_VALUE, Short.MAX_VALUE);
    }
    @Override public String toString() { return "SMALLINT"; }
    @Override public Class<Integer> javaType() { return Integer.class; }
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitSmallInteger(this); }
}
