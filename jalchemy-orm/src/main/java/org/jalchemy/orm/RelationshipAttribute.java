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

    @Override public String toString() { return entity.getSimpleName() + "_." + fieldName; }
}
