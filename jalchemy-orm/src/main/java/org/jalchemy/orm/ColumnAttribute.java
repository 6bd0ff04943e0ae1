package org.jalchemy.orm;

import java.util.Collection;
import org.jalchemy.orm.exc.UnmappedClassError;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.orm.internal.Mappers;
import org.jalchemy.schema.Column;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.FromClause;
import org.jalchemy.sql.SqlVisitor;
import org.jalchemy.types.SqlType;

/**
 * A typed column attribute of an entity, as generated into the metamodel ({@code User_.username} is a
 * {@code ColumnAttribute<User, String>}). It is a Core expression: it stands for the Core column the field is
 * mapped to, found on first use from the Registry that mapped the class, so
 * {@code select(users).where(User_.username.eq("alice"))} and {@code query.filter(User_.id.gt(3))} work.
 *
 * @param <E> the entity class
 * @param <T> the Java type of the field (boxed for primitives)
 */
public final class ColumnAttribute<E, T> implements ColumnElement<T> {
    private final Class<E> entity;
    private final String fieldName;
    private final Class<T> javaType;

    /** An attribute for {@code entity}'s field {@code fieldName} of type {@code javaType}. */
    public ColumnAttribute(Class<E> entity, String fieldName, Class<T> javaType) {
        this.entity = entity;
        this.fieldName = fieldName;
        this.javaType = javaType;
    }

    /** The entity class. */
    public Class<E> entity() { return entity; }

    /** The Java field name. */
    public String fieldName() { return fieldName; }

    /** The Java type of the field. */
    public Class<T> javaType() { return javaType; }

    /**
     * The Core column the field is mapped to now.
     *
     * @throws UnmappedClassError when no Registry has mapped the entity class yet
     */
    @SuppressWarnings("unchecked")
    public Column<T> column() {
        Mapper m = Mappers.find(entity);
        if (m == null) {
            throw new UnmappedClassError("Metamodel attribute " + this + " was used before class " + entity.getName()
                    + " was mapped; call registry.map(" + entity.getSimpleName() + ".class) first");
        }
        return (Column<T>) (Column<?>) m.property(fieldName).column();
    }

    @Override public SqlType<T> type() { return column().type(); }

    @Override public void accept(SqlVisitor visitor) { column().accept(visitor); }

    @Override public void appendCacheKey(CacheKey key) { column().appendCacheKey(key); }

    @Override public void collectFroms(Collection<FromClause> out) { column().collectFroms(out); }

    @Override public String toString() { return entity.getSimpleName() + "_." + fieldName; }
}
