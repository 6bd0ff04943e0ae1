package org.jalchemy.orm;

import org.jalchemy.orm.exc.UnmappedClassError;
import org.jalchemy.orm.internal.RelationshipProperty;
import org.jalchemy.sql.ColumnElement;

/**
 * A relationship attribute of an entity, as generated into the metamodel ({@code User_.addresses} is a
 * {@code RelationshipAttribute<User, Address>}): used in loader options and joins.
 *
 * @param <E> the entity class
 * @param <T> the related class
 */
public final class RelationshipAttribute<E, T> {
    private final Class<E> entity;
    private final String fieldName;
    private final Class<T> target;

    /** An attribute for {@code entity}'s relationship field {@code fieldName} to {@code target}. */
    public RelationshipAttribute(Class<E> entity, String fieldName, Class<T> target) {
        this.entity = entity;
        this.fieldName = fieldName;
        this.target = target;
    }

    /** The entity class. */
    public Class<E> entity() { return entity; }

    /** The Java field name. */
    public String fieldName() { return fieldName; }

    /** The related class. */
    public Class<T> target() { return target; }

    /** The mapped relationship, in the mappers of {@code resolution}. */
    RelationshipProperty property(Resolution resolution) {
        return resolution.mapper(entity).relationship(fieldName);
    }

    /**
     * The condition joining the entity's table to the target's as {@code registry} maps them (for a many-to-many,
     * through the association table, which the FROM clause must then include).
     *
     * @throws UnmappedClassError when the registry does not map the entity
     */
    public ColumnElement<Boolean> joinCondition(Registry registry) {
        return property(registry.resolution()).joinCondition();
    }

    // ---- comparison operators (for filter/where, combined with and/or/not like any condition)

    /**
     * A collection relationship has at least one related row: {@code EXISTS (SELECT 1 FROM addresses WHERE
     * addresses.user_id = users.id)} (through the association table for a many-to-many).
     *
     * @throws org.jalchemy.exc.InvalidRequestError for a scalar relationship (use {@link #has()})
     */
    public ColumnElement<Boolean> any() {
        return comparator().exists("any", true, null);
    }

    /**
     * A collection relationship has a related row matching {@code criteria}:
     * {@code query(User.class).filter(User_.addresses.any(Address_.email.like("%@work.org")))} sends
     * {@code EXISTS (SELECT 1 FROM addresses WHERE addresses.user_id = users.id AND addresses.email LIKE ?)}.
     */
    public ColumnElement<Boolean> any(ColumnElement<Boolean> criteria) {
        return comparator().exists("any", true, requireCriteria("any", criteria));
    }

    /**
     * A scalar relationship (many-to-one, or one-to-one) refers to a row: {@code EXISTS (SELECT 1 FROM users WHERE
     * users.id = addresses.user_id)}.
     *
     * @throws org.jalchemy.exc.InvalidRequestError for a collection (use {@link #any()})
     */
    public ColumnElement<Boolean> has() {
        return comparator().exists("has", false, null);
    }

    /** A scalar relationship refers to a row matching {@code criteria}: {@code Address_.user.has(User_.username.eq("alice"))}. */
    public ColumnElement<Boolean> has(ColumnElement<Boolean> criteria) {
        return comparator().exists("has", false, requireCriteria("has", criteria));
    }

    /**
     * A collection holds {@code obj} (a persistent object, whose key values are read when the statement first runs): for a one-to-many
     * {@code users.id = ?} with the object's foreign key, for a many-to-many an EXISTS over the association table.
     */
    public ColumnElement<Boolean> contains(T obj) {
        return comparator().contains(obj);
    }

    /** A many-to-one refers to {@code obj}: {@code addresses.user_id = ?} with its key ({@code IS NULL} for null). */
    public ColumnElement<Boolean> eq(T obj) {
        return comparator().eq(obj, false);
    }

    /**
     * A many-to-one does not refer to {@code obj}: {@code addresses.user_id != ? OR addresses.user_id IS NULL}, as
     * SQLAlchemy renders it ({@code IS NOT NULL} for null).
     */
    public ColumnElement<Boolean> ne(T obj) {
        return comparator().eq(obj, true);
    }

    private Criterion comparator() {
        return new Criterion(this);
    }

    /**
     * What a comparator builds, when the statement runs: the relationship is the Registry's that runs it. Its checks
     * (a collection asked for {@code has()}, an object without its key) raise then. The element built is kept per
     * resolution: keying and compiling a statement must meet the same bound values.
     */
    private static final class Criterion implements ColumnElement<Boolean>, Resolution.Resolvable {
        private final RelationshipAttribute<?, ?> attribute;
        private final String operator;
        private final java.util.function.Function<RelationshipComparator, ColumnElement<Boolean>> build;
        private volatile Object[] resolved;    // {resolution, element} of the last resolution asked

        Criterion(RelationshipAttribute<?, ?> attribute) {
            this(attribute, null, null);
        }

        private Criterion(RelationshipAttribute<?, ?> attribute, String operator,
                          java.util.function.Function<RelationshipComparator, ColumnElement<Boolean>> build) {
            this.attribute = attribute;
            this.operator = operator;
            this.build = build;
        }

        ColumnElement<Boolean> exists(String op, boolean collection, ColumnElement<Boolean> criteria) {
            return new Criterion(attribute, op, c -> c.exists(op, collection, criteria));
        }

        ColumnElement<Boolean> contains(Object obj) {
            return new Criterion(attribute, "contains", c -> c.contains(obj));
        }

        ColumnElement<Boolean> eq(Object obj, boolean negate) {
            return new Criterion(attribute, negate ? "ne" : "eq", c -> c.eq(obj, negate));
        }

        @Override public org.jalchemy.sql.ClauseElement resolveIn(Resolution resolution) {
            Object[] last = resolved;
            if (last != null && last[0] == resolution) {
                return (ColumnElement<?>) last[1];
            }
            if (resolution.mapperOrNull(attribute.entity()) == null) {
                return null;
            }
            ColumnElement<Boolean> e = build.apply(new RelationshipComparator(attribute.property(resolution), resolution));
            resolved = new Object[] {resolution, e};
            return e;
        }

        @Override public org.jalchemy.types.SqlType<Boolean> type() { return org.jalchemy.types.Types.BOOLEAN; }

        @Override public void accept(org.jalchemy.sql.SqlVisitor visitor) { visitor.resolve(this).accept(visitor); }

        @Override public void appendCacheKey(org.jalchemy.sql.CacheKey key) { key.resolve(this).appendCacheKey(key); }

        @Override public void collectFroms(java.util.Collection<org.jalchemy.sql.FromClause> out) {
            out.add(new org.jalchemy.sql.FromsOf(this));
        }

        @Override public String toString() { return attribute + "." + operator + "(...)"; }
    }

    private ColumnElement<Boolean> requireCriteria(String operator, ColumnElement<Boolean> criteria) {
        if (criteria == null) {
            throw new org.jalchemy.exc.ArgumentError(operator + "(criteria) on " + this + " got null; use " + operator + "() for no criteria");
        }
        return criteria;
    }

    @Override public String toString() { return entity.getSimpleName() + "_." + fieldName; }
}
