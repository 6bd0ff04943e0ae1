package org.jalchemy.orm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.orm.internal.ColumnProperty;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Update;

/**
 * An ORM-enabled bulk UPDATE: {@code session.execute(update(User.class).where(User_.id.eq(1)).values(Map.of("username", "x")))}
 * updates the rows and then the objects in the Session (see {@link SynchronizeSession}). Executed with a list of
 * maps, each holding the primary key and new values, it is an UPDATE by primary key per map (one executemany per
 * set of keys).
 *
 * @param <E> the entity class
 */
public final class OrmUpdate<E> {
    private final Class<E> type;
    private final Mapper mapper;
    private final List<ColumnElement<Boolean>> where;
    private final Map<ColumnProperty, Object> values;
    private final SynchronizeSession sync;

    OrmUpdate(Class<E> type, Mapper mapper, List<ColumnElement<Boolean>> where, Map<ColumnProperty, Object> values,
              SynchronizeSession sync) {
        this.type = type;
        this.mapper = mapper;
        this.where = List.copyOf(where);
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.sync = sync;
    }

    /** Adds WHERE conditions, joined with AND. */
    @SafeVarargs
    public final OrmUpdate<E> where(ColumnElement<Boolean>... conditions) {
        List<ColumnElement<Boolean>> w = new ArrayList<>(where);
        w.addAll(List.of(conditions));
        return new OrmUpdate<>(type, mapper, w, values, sync);
    }

    /** Sets fields (by field name, or column name) to values or Core expressions ({@code User_.age.plus(1)}). */
    public OrmUpdate<E> values(Map<String, ?> newValues) {
        Map<ColumnProperty, Object> v = new LinkedHashMap<>(values);
        for (Map.Entry<String, ?> e : newValues.entrySet()) {
            v.put(OrmExecutor.property(mapper, e.getKey()), e.getValue());
        }
        return new OrmUpdate<>(type, mapper, where, v, sync);
    }

    /** Sets one field, typed. */
    public <T> OrmUpdate<E> value(ColumnAttribute<E, T> attribute, T value) {
        return values(Map.of(attribute.fieldName(), value));
    }

    /** Sets one field to a Core expression, e.g. {@code value(User_.age, User_.age.plus(1))}. */
    public <T> OrmUpdate<E> value(ColumnAttribute<E, T> attribute, ColumnElement<T> expression) {
        return values(Map.of(attribute.fieldName(), expression));
    }

    /** How objects in the Session are brought up to date; {@link SynchronizeSession#AUTO} by default. */
    public OrmUpdate<E> synchronizeSession(SynchronizeSession mode) {
        return new OrmUpdate<>(type, mapper, where, values, mode);
    }

    /** The entity class. */
    public Class<E> type() { return type; }

    Mapper mapper() { return mapper; }

    List<ColumnElement<Boolean>> whereClauses() { return where; }

    Map<ColumnProperty, Object> valuesByProperty() { return values; }

    SynchronizeSession sync() { return sync; }

    /** The Core UPDATE. */
    public Update statement() {
        Map<String, Object> byColumn = new LinkedHashMap<>();
        for (Map.Entry<ColumnProperty, Object> e : values.entrySet()) {
            byColumn.put(e.getKey().column().name(), e.getValue());
        }
        @SuppressWarnings("unchecked")
        ColumnElement<Boolean>[] w = where.toArray(new ColumnElement[0]);
        Update u = Update.of(mapper.bulkTable("UPDATE")).where(w);
        return byColumn.isEmpty() ? u : u.values(byColumn);
    }

    @Override public String toString() { return statement().toString(); }
}
