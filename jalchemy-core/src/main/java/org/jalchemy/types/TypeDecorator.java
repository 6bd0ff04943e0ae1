package org.jalchemy.types;

/**
 * A user type built on a built-in one: converts the Java value {@code J} to the database value {@code D}
 * of {@link #impl()} and back. Example: store a {@code Money} as NUMERIC(12, 2).
 * <pre>{@code
 * class MoneyType extends TypeDecorator<Money, BigDecimal> {
 *     MoneyType() { super(Money.class, Types.numeric(12, 2)); }
 *     protected BigDecimal processBind(Money m) { return m.amount(); }
 *     protected Money processResult(BigDecimal d) { return new Money(d); }
 * }
 * }</pre>
 *
 * @param <J> the Java type user code sees
 * @param <D> the Java type of the underlying SQL type
 */
public abstract class TypeDecorator<J, D> implements SqlType<J> {
    private final Class<J> javaType;
    private final SqlType<D> impl;

    /** @param javaType the Java type user code sees; @param impl the SQL type it is stored as */
    protected TypeDecorator(Class<J> javaType, SqlType<D> impl) {
        this.javaType = javaType;
        this.impl = impl;
    }

    /** The SQL type the value is stored as. */
    public final SqlType<D> impl() { return impl; }

    @Override public final Class<J> javaType() { return javaType; }

    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitDecorator(this); }

    /** Converts a Java value (never null) to the database value. */
    protected abstract D processBind(J value);

    /** Converts a database value (never null) to the Java value. */
    protected abstract J processResult(D value);

    /** Used by handlers: applies {@link #processBind} to a value already coerced to {@code J}. */
    public final D toDatabase(J value) { return value == null ? null : impl.coerce(processBind(value)); }

    /** Used by handlers: applies {@link #processResult} to a value read through {@link #impl()}. */
    public final J fromDatabase(D value) { return value == null ? null : processResult(value); }

    @Override public String toString() { return getClass().getSimpleName() + "(" + impl + ")"; }
}
