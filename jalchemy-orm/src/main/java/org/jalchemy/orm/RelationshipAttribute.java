package org.jalchemy.orm;

import org.jalchemy.orm.exc.UnmappedClassError;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.orm.internal.Mappers;
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

    /** The mapped relationship, from the Registry that mapped the entity last. */
    RelationshipProperty property() {
        Mapper m = Mappers.find(entity);
        if (m == null) {
            throw new UnmappedClassError("Metamodel attribute " + this + " was used before class " + entity.getName()
                    + " was mapped; call registry.map(" + entity.getSimpleName() + ".class) first");
        }
        return m.relationship(fieldName);
    }

    /**
     * The condition joining the entity's table to the target's (for a many-to-many, through the association table,
     * which the FROM clause must then include).
     */
    public ColumnElement<Boolean> joinCondition() {
        return property().joinCondition();
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
     * A collection holds {@code obj} (a persistent object, whose key values are read now): for a one-to-many
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

    private RelationshipComparator comparator() {
        return new RelationshipComparator(property());
    }

    private ColumnElement<Boolean> requireCriteria(String operator, ColumnElement<Boolean> criteria) {
        if (criteria == null) {
            throw new org.jalchemy.exc.ArgumentError(operator + "(criteria) on " + this + " got null; use " + operator + "() for no criteria");
        }
        return criteria;
    }

    @Override public String toString() { return entity.getSimpleName() + "_." + fieldName; }
}
