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

    /** Never loads the relationship: it stays empty (or null). */
    public static LoaderOption noload(RelationshipAttribute<?, ?> attr) { return of(attr, Lazy.NOLOAD); }
}
