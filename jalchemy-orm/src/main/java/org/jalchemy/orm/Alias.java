package org.jalchemy.orm;

import java.util.Collection;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.schema.Column;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.FromClause;
import org.jalchemy.sql.NamedFromClause;
import org.jalchemy.sql.SqlVisitor;
import org.jalchemy.sql.TableAlias;
import org.jalchemy.types.SqlType;

/**
 * An entity seen through a named FROM clause: a table alias ({@code aliased(Address.class)}, for self-joins and
 * for joining one entity twice) or a subquery whose rows are re-selected as entities
 * ({@code aliased(User.class, registry.bind(select(User.class).where(...)).subquery("u"))}). Select it like the class
 * and refer to its columns with {@link #get}:
 * <pre>{@code
 * Alias<Address> a2 = aliased(Address.class);
 * select(User.class, a2).join(a2).where(a2.get(Address_.email).like("%@work.org"))
 * }</pre>
 * An alias made by {@code OrmSql.aliased} is bound to a Registry's mapper when a statement using it runs (the
 * table it aliases depends on the Registry); an anonymous one is then named {@code <table>_<n>}, numbered per
 * Registry (or SessionFactory) like SQLAlchemy's anonymous names.
 *
 * @param <E> the entity class
 */
public final class Alias<E> {
    private final Class<E> type;
    /** Bound: the mapper; null while unbound. */
    private final Mapper mapper;
    /** The FROM clause; null for an unbound table alias (its table is not known yet). */
    private final NamedFromClause from;
    /** Unbound table alias: the name given, or null for an anonymous one. */
    private final String name;
    private volatile Bound bound;

    private record Bound(Resolution resolution, Alias<?> alias) {}

    Alias(Class<E> type, Mapper mapper, NamedFromClause from) {
        this(type, mapper, from, null);
    }

    private Alias(Class<E> type, Mapper mapper, NamedFromClause from, String name) {
        this.type = type;
        this.mapper = mapper;
        this.from = from;
        this.name = name;
    }

    /** An alias of the entity's table, to be bound when it runs; {@code name} null for an anonymous one. */
    static <E> Alias<E> unboundTable(Class<E> type, String name) {
        return new Alias<>(type, null, null, name);
    }

    /** The entity re-selected from {@code from}, its columns found when it runs. */
    static <E> Alias<E> unboundFrom(Class<E> type, NamedFromClause from) {
        return new Alias<>(type, null, from, null);
    }

    /** The entity class. */
    public Class<E> type() { return type; }

    /**
     * The alias name (the name its columns are qualified with in SQL); null for an anonymous alias not bound to a
     * Registry yet.
     */
    public String name() { return from != null ? from.name() : name; }

    /**
     * The Core FROM clause (a {@code TableAlias} or {@code Subquery}), for use in Core statements.
     *
     * @throws InvalidRequestError for a table alias not bound to a Registry yet (use {@code registry.bind(alias)})
     */
    public NamedFromClause from() {
        if (from == null) {
            throw new InvalidRequestError("The table of " + this + " is known once it is bound to a Registry: use "
                    + "registry.bind(alias).from(), or join the alias in an ORM select");
        }
        return from;
    }

    /** Whether this alias knows its mapper (made by a Registry or bound to one). */
    boolean isBound() { return mapper != null; }

    Mapper mapper() { return mapper; }

    /** This alias bound to {@code resolution}'s mapper (itself when bound already); the same alias per resolution. */
    @SuppressWarnings("unchecked")
    Alias<E> bind(Resolution resolution) {
        if (mapper != null) {
            return this;
        }
        Bound b = bound;
        if (b != null && b.resolution() == resolution) {
            return (Alias<E>) b.alias();
        }
        Mapper m = resolution.mapper(type);
        NamedFromClause f = from;
        if (f == null) {
            OrmSql.checkAliasable(type, m);
            f = new TableAlias(m.table(), name != null ? name : m.table().name() + "_" + resolution.nextAliasNumber());
        }
        Alias<E> a = new Alias<>(type, m, f, null);
        bound = new Bound(resolution, a);
        return a;
    }

    /** The column of this alias standing for the attribute: {@code a2.get(Address_.email)}. */
    @SuppressWarnings("unchecked")
    public <T> ColumnElement<T> get(ColumnAttribute<E, T> attribute) {
        if (mapper == null) {
            return new AliasColumn<>(this, attribute);
        }
        return (ColumnElement<T>) column(mapper.property(attribute.fieldName()).column());
    }

    /** The column of this alias for the mapped field {@code fieldName}. */
    @SuppressWarnings("unchecked")
    public ColumnElement<Object> get(String fieldName) {
        if (mapper == null) {
            return new AliasColumn<>(this, new ColumnAttribute<>((Class<Object>) type, fieldName, Object.class));
        }
        return (ColumnElement<Object>) column(mapper.property(fieldName).column());
    }

    /** The column of this FROM clause standing for the mapped table column {@code column}. */
    ColumnElement<?> column(Column<?> column) {
        ColumnElement<?> c = from.correspondingColumn(column);
        return c != null ? c : from.c(column.name());
    }

    @Override public String toString() {
        return "aliased(" + type.getSimpleName() + (name() == null ? "" : ", " + name()) + ")";
    }

    /** A column of an unbound alias: the bound alias's column where the statement runs. */
    record AliasColumn<T>(Alias<?> alias, ColumnAttribute<?, T> attribute) implements ColumnElement<T>, Resolution.Resolvable {
        @Override public ClauseElement resolveIn(Resolution resolution) {
            if (resolution.mapperOrNull(alias.type()) == null) {
                return null;
            }
            Alias<?> a = alias.bind(resolution);
            return a.column(a.mapper().property(attribute.fieldName()).column());
        }

        @Override public SqlType<T> type() { return attribute.type(); }

        @Override public String columnName() { return attribute.columnName(); }

        @Override public void accept(SqlVisitor visitor) { visitor.resolve(this).accept(visitor); }

        @Override public void appendCacheKey(CacheKey key) { key.resolve(this).appendCacheKey(key); }

        @Override public void collectFroms(Collection<FromClause> out) { out.add(new AliasFrom(alias)); }

        @Override public String toString() { return alias + "." + attribute.fieldName(); }
    }

    /** The FROM clause of an unbound alias's column. */
    record AliasFrom(Alias<?> alias) implements FromClause, Resolution.Resolvable {
        @Override public ClauseElement resolveIn(Resolution resolution) {
            return resolution.mapperOrNull(alias.type()) == null ? null : alias.bind(resolution).from;
        }

        @Override public java.util.List<? extends ColumnElement<?>> columns() { return alias.from().columns(); }

        @Override public ColumnElement<Object> c(String columnName) { return alias.from().c(columnName); }

        @Override public void accept(SqlVisitor visitor) { visitor.resolve(this).accept(visitor); }

        @Override public void appendCacheKey(CacheKey key) { key.resolve(this).appendCacheKey(key); }

        @Override public String toString() { return "FROM of " + alias; }
    }
}
