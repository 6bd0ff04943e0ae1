package org.jalchemy.orm;

import org.jalchemy.orm.internal.InstanceState;
import org.jalchemy.orm.internal.StateRegistry;

/** Looks at how the ORM sees an object: {@code Inspect.state(user) == ObjectState.PERSISTENT}. */
public final class Inspect {
    private Inspect() {}

    /**
     * The object's state: TRANSIENT for an object no Session has (or still has) taken, PENDING, PERSISTENT (also
     * while marked for deletion and not yet flushed), DELETED, or DETACHED.
     */
    public static ObjectState state(Object obj) {
        InstanceState st = obj == null ? null : StateRegistry.get(obj);
        return st == null ? ObjectState.TRANSIENT : st.status;
    }

    /** The primary key of a persistent, deleted or detached object (a List for a composite key), or null. */
    public static Object identity(Object obj) {
        InstanceState st = obj == null ? null : StateRegistry.get(obj);
        return st == null || st.key == null ? null : st.key.id();
    }

    /**
     * The mapped fields of {@code obj} whose columns are not loaded (SQLAlchemy's {@code inspect(obj).unloaded}):
     * deferred columns not loaded yet, or every column of an expired object. Empty for a transient object.
     */
    public static java.util.Set<String> unloaded(Object obj) {
        InstanceState st = obj == null ? null : StateRegistry.get(obj);
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (st == null || st.snapshot == null) {
            return out;
        }
        for (org.jalchemy.orm.internal.ColumnProperty p : st.mapper().properties()) {
            Object v = p.get(obj);
            if (st.expired || org.jalchemy.orm.internal.ColumnLoad.isUnloaded(st.snapshot[p.index()])
                    && org.jalchemy.orm.internal.ColumnLoad.isDefault(p, v)) {
                out.add(p.fieldName());
            }
        }
        return out;
    }
}
