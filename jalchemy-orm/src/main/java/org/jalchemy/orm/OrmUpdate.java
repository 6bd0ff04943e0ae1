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
    /** Unbound: the values given by field (or column) name, resolved when bound; null when bound. */
    private final List<Map<String, ?>> given;

    /** An update of {@code type} to be bound to a Registry's mapper when it runs. */
    static <E> OrmUpdate<E> unbound(Class<E> type) {
        return new OrmUpdate<>(type, null, List.of(), Map.of(), SynchronizeSession.AUTO, List.of());
    }

    OrmUpdate(Class<E> type, Mapper mapper, List<ColumnElement<Boolean>> where, Map<ColumnProperty, Object> values,
              SynchronizeSession sync) {
        this(type, mapper, where, values, sync, null);
    }

    private OrmUpdate(Class<E> type, Mapper mapper, List<ColumnElement<Boolean>> where, Map<ColumnProperty, Object> values,
              SynchronizeSession sync, List<Map<String, ?>> given) {
        this.type = type;
        this.given = given == null ? null : List.copyOf(given);
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
        return new OrmUpdate<>(type, mapper, w, values, sync, given);
    }

    /** Sets fields (by field name, or column name) to values or Core expressions ({@code User_.age.plus(1)}). */
    public OrmUpdate<E> values(Map<String, ?> newValues) {
        if (mapper == null) {
            List<Map<String, ?>> more = new ArrayList<>(given);
            more.add(new LinkedHashMap<>(newValues));
            return new OrmUpdate<>(type, null, where, values, sync, more);
        }
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
        return new OrmUpdate<>(type, mapper, where, values, mode, given);
    }

    /** The entity class. */
    public Class<E> type() { return type; }

    Mapper mapper() { return mapper; }

    /** This update with the mapper of {@code resolution} (itself when it has one); checks the class has one table. */
    OrmUpdate<E> bind(Resolution resolution) {
        if (mapper != null) {
            return this;
        }
        Mapper m = resolution.mapper(type);
        m.bulkTable("UPDATE");                                // a class stored in several tables, or none, fails here
        OrmUpdate<E> u = new OrmUpdate<>(type, m, where, Map.of(), sync);
        for (Map<String, ?> v : given) {
            u = u.values(v);
        }
        return u;
    }

    /**
     * Refuses the Core view of an ORM statement that has no mapper yet.
     *
     * @throws org.jalchemy.exc.InvalidRequestError naming the statement
     */
    static void requireBound(Mapper mapper, Object statement) {
        if (mapper == null) {
            throw new org.jalchemy.exc.InvalidRequestError(statement + " is bound to a Registry's mapper when a Session "
                    + "runs it; for its Core statement bind it first: registry.bind(...).statement()");
        }
    }

    List<ColumnElement<Boolean>> whereClauses() { return where; }

    Map<ColumnProperty, Object> valuesByProperty() { return values; }

    SynchronizeSession sync() { return sync; }

    /** The Core UPDATE. */
    public Update statement() {
        requireBound(mapper, this);
        Map<String, Object> byColumn = new LinkedHashMap<>();
        for (Map.Entry<ColumnProperty, Object> e : values.entrySet()) {
            byColumn.put(e.getKey().column().name(), e.getValue());
        }
        @SuppressWarnings("unchecked")
        ColumnElement<Boolean>[] w = where.toArray(new ColumnElement[0]);
        Update u = Update.of(mapper.bulkTable("UPDATE")).where(w);
        return byColumn.isEmpty() ? u : u.values(byColumn);
    }

    @Override public String toString() { return mapper == null ? "update(" + type.getSimpleName() + ")" : statement().toString(); }
}
