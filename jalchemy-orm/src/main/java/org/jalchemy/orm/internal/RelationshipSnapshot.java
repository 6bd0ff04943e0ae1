package org.jalchemy.orm.internal;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An object's relationship values as last loaded or flushed: a List for a collection, the related object (or null)
 * for a single-object relationship. The related objects are held weakly, because states live in the weak
 * {@link StateRegistry}: strong references from one state to another object would keep both alive forever.
 */
public final class RelationshipSnapshot {
    private static final WeakReference<Object> NONE = new WeakReference<>(null);

    /**
     * Per relationship: a WeakReference, or a List of WeakReferences. Created on the first put: most loaded objects
     * (every object of a class without relationships) never record one.
     */
    private Map<RelationshipProperty, Object> values = Map.of();

    private Map<RelationshipProperty, Object> writable() {
        if (!(values instanceof HashMap)) {
            values = new HashMap<>();
        }
        return values;
    }

    /** Whether a value is recorded for {@code r}. */
    public boolean containsKey(RelationshipProperty r) {
        return values.containsKey(r);
    }

    /** The recorded value: a new List for a collection (objects collected since are gone), the object, or null. */
    public Object get(RelationshipProperty r) {
        Object v = values.get(r);
        if (v instanceof List<?> refs) {
            List<Object> out = new ArrayList<>(refs.size());
            for (Object ref : refs) {
                Object o = ((WeakReference<?>) ref).get();
                if (o != null) {
                    out.add(o);
                }
            }
            return out;
        }
        return v instanceof WeakReference<?> w ? w.get() : null;
    }

    /** Records {@code value} (a List for a collection) for {@code r}. */
    public void put(RelationshipProperty r, Object value) {
        if (value instanceof List<?> l) {
            List<WeakReference<Object>> refs = new ArrayList<>(l.size());
            for (Object o : l) {
                refs.add(new WeakReference<>(o));
            }
            writable().put(r, refs);
        } else {
            writable().put(r, value == null ? NONE : new WeakReference<>(value));
        }
    }

    /** Records {@code value} unless a value is recorded already. */
    public void putIfAbsent(RelationshipProperty r, Object value) {
        if (!values.containsKey(r)) {
            put(r, value);
        }
    }

    /** Forgets every value. */
    public void clear() {
        values = Map.of();
    }

    /** Forgets the value of {@code r}. */
    public void remove(RelationshipProperty r) {
        if (!values.isEmpty()) {
            values.remove(r);
        }
    }
}
