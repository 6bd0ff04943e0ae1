package org.jalchemy.orm;

import java.util.List;

/**
 * Static factories of loader options, for {@code import static org.jalchemy.orm.LoaderOptions.*}:
 * {@code session.query(User.class).options(selectinload(User_.addresses))}. See docs/orm-loading.md.
 */
public final class LoaderOptions {
    private LoaderOptions() {}

    private static LoaderOption of(RelationshipAttribute<?, ?> attr, Lazy strategy) {
        return new LoaderOption(List.of(new LoaderOption.Step(attr.entity(), attr.fieldName(), strategy)));
    }

    /** Loads the relationship in the same query, by a LEFT OUTER JOIN (the query is wrapped in a subquery when it has LIMIT/OFFSET). */
    public static LoaderOption joinedload(RelationshipAttribute<?, ?> attr) { return of(attr, Lazy.JOINED); }

    /** Loads the relationship for all loaded parents by one {@code SELECT ... WHERE fk IN (...)} per 500 parents. */
    public static LoaderOption selectinload(RelationshipAttribute<?, ?> attr) { return of(attr, Lazy.SELECTIN); }

    /** Loads the relationship by one SELECT whose IN list is the parents' query as a subquery. */
    public static LoaderOption subqueryload(RelationshipAttribute<?, ?> attr) { return of(attr, Lazy.SUBQUERY); }

    /** Loads the relationship on first access (the default for collections). */
    public static LoaderOption lazyload(RelationshipAttribute<?, ?> attr) { return of(attr, Lazy.SELECT); }

    /** Makes accessing the (unloaded) relationship raise {@link org.jalchemy.orm.exc.LazyLoadError} before any SQL. */
    public static LoaderOption raiseload(RelationshipAttribute<?, ?> attr) { return of(attr, Lazy.RAISE); }

    /**
     * Populates the relationship from a join the query already makes, whose columns are added to the SELECT:
     * {@code select(User.class).join(User_.addresses).where(...).options(containsEager(User_.addresses))} fills each
     * user's {@code addresses} with the joined rows only (one statement). The query must join the relationship's
     * table, else the query raises {@link org.jalchemy.exc.InvalidRequestError} naming the attribute.
     */
    public static LoaderOption containsEager(RelationshipAttribute<?, ?> attr) {
        return new LoaderOption(List.of(new LoaderOption.Step(attr.entity(), attr.fieldName(), Lazy.JOINED, true, null)));
    }

    /** As {@link #containsEager(RelationshipAttribute)}, reading the related rows from the query's join to {@code alias}. */
    public static LoaderOption containsEager(RelationshipAttribute<?, ?> attr, Alias<?> alias) {
        return new LoaderOption(List.of(new LoaderOption.Step(attr.entity(), attr.fieldName(), Lazy.JOINED, true, checkAlias(attr, alias))));
    }

    static Alias<?> checkAlias(RelationshipAttribute<?, ?> attr, Alias<?> alias) {
        if (alias == null || !attr.target().isAssignableFrom(alias.type())) {
            throw new org.jalchemy.exc.ArgumentError("containsEager(" + attr.entity().getSimpleName() + "." + attr.fieldName()
                    + ", alias): the alias must be of " + attr.target().getSimpleName() + ", got " + alias);
        }
        return alias;
    }

    // ---- columns (see docs/orm-loading.md, "Deferred columns")

    /**
     * Leaves the column out of the query's SELECT: the field stays null until {@code session.value(obj, attr)} loads it
     * (one {@code SELECT column FROM table WHERE key = ?}), as SQLAlchemy's {@code defer()}.
     */
    public static LoaderOption defer(ColumnAttribute<?, ?> attr) {
        return columns(LoaderOption.ColumnLoading.DEFER, false, attr);
    }

    /**
     * {@link #defer(ColumnAttribute)}; with {@code raiseload}, {@code session.value(obj, attr)} raises
     * {@link org.jalchemy.orm.exc.LazyLoadError} instead of loading it.
     */
    public static LoaderOption defer(ColumnAttribute<?, ?> attr, boolean raiseload) {
        return columns(LoaderOption.ColumnLoading.DEFER, raiseload, attr);
    }

    /** Loads a deferred column ({@code @Column(deferred = true)}) in this query, as SQLAlchemy's {@code undefer()}. */
    public static LoaderOption undefer(ColumnAttribute<?, ?> attr) {
        return columns(LoaderOption.ColumnLoading.UNDEFER, false, attr);
    }

    /**
     * Loads only these columns of their entity (with its primary key, version and relationships' foreign keys); the
     * others are deferred, as SQLAlchemy's {@code load_only()}. The attributes must be of one entity class.
     */
    public static LoaderOption loadOnly(ColumnAttribute<?, ?>... attrs) {
        return columns(LoaderOption.ColumnLoading.LOAD_ONLY, false, attrs);
    }

    private static LoaderOption columns(LoaderOption.ColumnLoading loading, boolean raise, ColumnAttribute<?, ?>... attrs) {
        if (attrs.length == 0) {
            throw new org.jalchemy.exc.ArgumentError(loading.name().toLowerCase() + "() needs at least one column attribute");
        }
        Class<?> entity = attrs[0].entity();
        List<String> fields = new java.util.ArrayList<>();
        for (ColumnAttribute<?, ?> a : attrs) {
            if (a.entity() != entity) {
                throw new org.jalchemy.exc.ArgumentError(loading.name().toLowerCase() + "(): the attributes must be of one entity class; got "
                        + attrs[0] + " and " + a);
            }
            fields.add(a.fieldName());
        }
        return new LoaderOption(new LoaderOption.Columns(entity, loading, List.copyOf(fields), raise));
    }

    /** Never loads the relationship: it stays empty (or null). */
    public static LoaderOption noload(RelationshipAttribute<?, ?> attr) { return of(attr, Lazy.NOLOAD); }
}
