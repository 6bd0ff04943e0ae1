package org.jalchemy.orm;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.exc.DetachedInstanceError;
import org.jalchemy.orm.exc.LazyLoadError;
import org.jalchemy.orm.exc.ObjectDeletedError;
import org.jalchemy.orm.internal.ColumnLoad;
import org.jalchemy.orm.internal.ColumnProperty;
import org.jalchemy.orm.internal.InstanceState;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.orm.internal.StateRegistry;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Select;

/**
 * Loading deferred columns on request: {@code session.value(obj, attr)} (the "first access" of a plain class's deferred
 * field), {@code session.refresh(obj, attrs...)}, and filling in columns an object in the Session has not loaded from a
 * later query that loads them. The columns are read with one {@code SELECT col, ... FROM table WHERE key = ?}, as
 * SQLAlchemy's deferred loader sends; the snapshot takes the values, so flush compares against them.
 */
final class DeferredColumns {
    private DeferredColumns() {}

    static <E, T> T value(Session session, E obj, ColumnAttribute<E, T> attribute) {
        if (obj == null || attribute == null) {
            throw new ArgumentError("value(obj, attribute) needs an object and an attribute, got " + obj + ", " + attribute);
        }
        if (!attribute.entity().isInstance(obj)) {
            throw new ArgumentError("value(): " + attribute + " is an attribute of " + attribute.entity().getSimpleName()
                    + ", not of " + obj.getClass().getName());
        }
        InstanceState st = StateRegistry.get(obj);
        Mapper m = st != null ? st.mapper() : session.mapper(obj.getClass());
        ColumnProperty p = m.property(attribute.fieldName());
        if (st == null || st.session == null) {
            if (st != null && unloaded(st, p, obj)) {
                throw new DetachedInstanceError("Cannot load deferred column " + p + " of a detached instance (key " + st.key
                        + "); undefer it in the query that loads it, or add the object to a Session first");
            }
            return cast(p.get(obj));   // transient (or detached and loaded): what the field holds
        }
        if (st.session != session) {
            throw new InvalidRequestError("value(): the instance of " + m.type().getSimpleName() + " belongs to another Session");
        }
        if (st.status != ObjectState.PERSISTENT) {
            return cast(p.get(obj));
        }
        if (st.expired && session.get(m.type(), st.key.id()) == null) {
            // as an attribute access of an expired object in SQLAlchemy: the row is reloaded first
            throw new ObjectDeletedError("Instance " + m.type().getSimpleName() + " " + st.key + " has been deleted, or its row is otherwise not present");
        }
        if (!unloaded(st, p, obj)) {
            return cast(p.get(obj));
        }
        if (st.snapshot[p.index()] == ColumnLoad.RAISE) {
            throw new LazyLoadError("'" + p + "' is not available due to raiseload (a deferred column); undefer it in the "
                    + "query (options(undefer(...))) or load it with refresh(obj, attribute)");
        }
        load(session, obj, st, List.of(p));
        return cast(p.get(obj));
    }

    static void refresh(Session session, Object obj, InstanceState st, ColumnAttribute<?, ?>... attributes) {
        if (st.mapper().isRecord()) {
            throw new InvalidRequestError("refresh(): " + st.mapper().type().getSimpleName() + " is a record, which cannot be "
                    + "reloaded in place (its fields are final); expire it, then get() it again");
        }
        List<ColumnProperty> props = new ArrayList<>();
        for (ColumnAttribute<?, ?> a : attributes) {
            if (!a.entity().isInstance(obj)) {
                throw new ArgumentError("refresh(): " + a + " is not an attribute of " + obj.getClass().getName());
            }
            props.add(st.mapper().property(a.fieldName()));
        }
        if (props.isEmpty()) {
            session.refresh(obj);
            return;
        }
        load(session, obj, st, props);
    }

    /** Whether {@code p}'s column was not loaded into {@code obj} (and its field not assigned since). */
    private static boolean unloaded(InstanceState st, ColumnProperty p, Object obj) {
        return st.snapshot != null && ColumnLoad.isUnloaded(st.snapshot[p.index()]) && ColumnLoad.isDefault(p, p.get(obj));
    }

    /** Reads {@code props}' columns of {@code obj}'s row into its fields and snapshot. */
    private static void load(Session session, Object obj, InstanceState st, List<ColumnProperty> props) {
        Mapper m = st.mapper();
        ColumnElement<?>[] cols = new ColumnElement<?>[props.size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = props.get(i).column();
        }
        List<ColumnProperty> pk = m.primaryKey();
        @SuppressWarnings("unchecked")
        ColumnElement<Boolean>[] where = new ColumnElement[pk.size()];
        for (int i = 0; i < where.length; i++) {
            where[i] = pk.get(i).column().eq(st.key.values().get(i));
        }
        Row row = session.connection().execute(Select.of(cols).where(where)).first();
        if (row == null) {
            throw new ObjectDeletedError("Instance " + m.type().getSimpleName() + " " + st.key
                    + " has been deleted, or its row is otherwise not present");
        }
        Object[] values = new Object[m.properties().size()];
        java.util.Arrays.fill(values, ColumnLoad.NOT_LOADED);
        for (int i = 0; i < cols.length; i++) {
            values[props.get(i).index()] = row.get(i);
        }
        put(obj, st, values, true);
    }

    /**
     * An object already in the Session, returned by a query that loaded columns it had not loaded: those fields (still
     * at their default) take the values (SQLAlchemy populates an instance's unloaded attributes the same way).
     */
    static void fill(Object obj, InstanceState st, Object[] values) {
        if (st.snapshot == null) {
            return;
        }
        put(obj, st, values, false);
    }

    /** Stores the loaded ones of {@code values} (all, with {@code overwrite}; else only unloaded fields). */
    private static void put(Object obj, InstanceState st, Object[] values, boolean overwrite) {
        Object[] snap = null;
        for (ColumnProperty p : st.mapper().properties()) {
            int i = p.index();
            Object v = values[i];
            if (ColumnLoad.isUnloaded(v) || !overwrite && !unloaded(st, p, obj)) {
                continue;
            }
            if (snap == null) {
                snap = st.snapshot.clone();
            }
            p.set(obj, v);
            snap[i] = v;
            if (st.expiredValues != null) {
                // a later reload of the expired object sees this field as unchanged since the expiry
                Object[] e = st.expiredValues.clone();
                e[i] = v;
                st.expiredValues = e;
            }
        }
        if (snap != null) {
            st.snapshot = snap;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object v) {
        return (T) v;
    }
}
