package org.jalchemy.orm;

import java.lang.reflect.Field;
import java.util.Collection;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.orm.internal.TypeMapping;
import org.jalchemy.schema.Column;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.DeferredFromClause;
import org.jalchemy.sql.FromClause;
import org.jalchemy.sql.SqlVisitor;
import org.jalchemy.types.SqlType;

/**
 * A typed column attribute of an entity, as generated into the metamodel ({@code User_.username} is a
 * {@code ColumnAttribute<User, String>}). It is a Core expression standing for the column the field is mapped to by
 * the Registry of the context that runs the statement: the Session's (its factory's Registry), or, for a Core
 * statement on an Engine's connection, the one Registry registered with that Engine that maps the class. So
 * {@code select(users).where(User_.username.eq("alice"))} and {@code session.scalars(select(User.class).where(User_.id.gt(3)))}
 * work, and two Registries mapping the class to different tables each get their own column (see docs/orm.md).
 *
 * <p>Its SQL type comes from the field and its annotations (as every Registry maps it), so comparisons bind values
 * while the statement is built.
 *
 * @param <E> the entity class
 * @param <T> the Java type of the field (boxed for primitives)
 */
public final class ColumnAttribute<E, T> implements ColumnElement<T>, Resolution.Resolvable {
    private final Class<E> entity;
    private final String fieldName;
    private final Class<T> javaType;
    /** The field's SQL type and column name, from its annotations (facts of the class), worked out on first use. */
    private volatile Facts facts;

    private record Facts(SqlType<?> type, String columnName) {}

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

    @Override public ClauseElement resolveIn(Resolution resolution) {
        return resolution.columnOrNull(this);
    }

    @SuppressWarnings("unchecked")
    @Override public SqlType<T> type() { return (SqlType<T>) facts().type(); }

    @Override public String columnName() { return facts().columnName(); }

    @Override public void accept(SqlVisitor visitor) { visitor.resolve(this).accept(visitor); }

    @Override public void appendCacheKey(CacheKey key) { key.resolve(this).appendCacheKey(key); }

    /** The table of the resolved column: a FROM clause resolved with the statement. */
    @Override public void collectFroms(Collection<FromClause> out) { out.add(new AttributeFrom(this)); }

    @Override public String toString() { return entity.getSimpleName() + "_." + fieldName; }

    private Facts facts() {
        Facts f = facts;
        if (f == null) {
            f = readFacts();
            facts = f;
        }
        return f;
    }

    /** The type and column name as {@code Mapper} derives them from the field (or the embedded component). */
    private Facts readFacts() {
        int dot = fieldName.indexOf('.');
        Field field = field(entity, dot < 0 ? fieldName : fieldName.substring(0, dot));
        String prefix = "";
        if (dot >= 0) {
            Embedded emb = field.getAnnotation(Embedded.class);
            prefix = emb != null && !emb.prefix().isEmpty() ? emb.prefix()
                    : org.jalchemy.orm.internal.Naming.snakeCase(field.getName()) + "_";
            field = field(field.getType(), fieldName.substring(dot + 1));
        }
        org.jalchemy.orm.Column ann = field.getAnnotation(org.jalchemy.orm.Column.class);
        SqlType<?> type = TypeMapping.sqlType(field, ann);
        if (type == null) {
            throw new MappingError("Metamodel attribute " + this + ": field type " + field.getGenericType().getTypeName()
                    + " cannot be mapped to a column");
        }
        String name = ann != null && !ann.name().isEmpty() ? ann.name()
                : prefix + org.jalchemy.orm.internal.Naming.snakeCase(field.getName());
        return new Facts(type, name);
    }

    private Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new MappingError("Metamodel attribute " + this + " names no field of " + type.getName()
                + " (recompile the metamodel)");
    }

    /**
     * The FROM clause a metamodel attribute brings into a SELECT: the table of the column it resolves to (the Select
     * resolves it with the statement, so {@code select(User_.username)} reads FROM that Registry's table).
     */
    record AttributeFrom(ColumnAttribute<?, ?> attribute) implements DeferredFromClause, Resolution.Resolvable {
        @Override public ClauseElement resolveIn(Resolution resolution) {
            Column<?> c = resolution.columnOrNull(attribute);
            return c == null ? null : c.table();
        }

        @Override public String unresolvedReason() { return "the table depends on the Registry"; }

        @Override public String toString() { return "table of " + attribute; }
    }
}
