package org.jalchemy.orm;

import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.schema.Column;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.NamedFromClause;

/**
 * An entity seen through a named FROM clause: a table alias ({@code aliased(Address.class)}, for self-joins and
 * for joining one entity twice) or a subquery whose rows are re-selected as entities
 * ({@code aliased(User.class, select(User.class).where(...).subquery("u"))}). Select it like the class and refer to
 * its columns with {@link #get}:
 * <pre>{@code
 * Alias<Address> a2 = aliased(Address.class);
 * select(User.class, a2).join(a2).where(a2.get(Address_.email).like("%@work.org"))
 * }</pre>
 *
 * @param <E> the entity class
 */
public final class Alias<E> {
    private final Class<E> type;
    private final Mapper mapper;
    private final NamedFromClause from;

    Alias(Class<E> type, Mapper mapper, NamedFromClause from) {
        this.type = type;
        this.mapper = mapper;
        this.from = from;
    }

    /** The entity class. */
    public Class<E> type() { return type; }

    /** The alias name (the name its columns are qualified with in SQL). */
    public String name() { return from.name(); }

    /** The Core FROM clause (a {@code TableAlias} or {@code Subquery}), for use in Core statements. */
    public NamedFromClause from() { return from; }

    Mapper mapper() { return mapper; }

    /** The column of this alias standing for the attribute: {@code a2.get(Address_.email)}. */
    @SuppressWarnings("unchecked")
    public <T> ColumnElement<T> get(ColumnAttribute<E, T> attribute) {
        return (ColumnElement<T>) column(mapper.property(attribute.fieldName()).column());
    }

    /** The column of this alias for the mapped field {@code fieldName}. */
    public ColumnElement<Object> get(String fieldName) {
        @SuppressWarnings("unchecked")
        ColumnElement<Object> c = (ColumnElement<Object>) column(mapper.property(fieldName).column());
        return c;
    }

    /** The column of this FROM clause standing for the mapped table column {@code column}. */
    ColumnElement<?> column(Column<?> column) {
        ColumnElement<?> c = from.correspondingColumn(column);
        return c != null ? c : from.c(column.name());
    }

    @Override public String toString() { return "aliased(" + type.getSimpleName() + ", " + from.name() + ")"; }
}
