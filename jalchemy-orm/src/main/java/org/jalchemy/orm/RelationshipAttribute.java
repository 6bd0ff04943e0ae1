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

    @Override public String toString() { return entity.getSimpleName() + "_." + fieldName; }
}
