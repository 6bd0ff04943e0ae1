package org.jalchemy.orm.internal;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An object's relationship values as last loaded or flushed: a List for a collection, the related object (or null)
 * for a single-object relationship. The related objects are held weakly, because states live in the weak
 * {@link StateRegistry}: strong references from one state to another object would keep both alive forever.
 */
public final class RelationshipSnapshot {
    private static final WeakReference<Object> NONE = new WeakReference<>(null);
    private static final Object[] EMPTY = new Object[0];

    /**
     * Pairs of (relationship, value) in {@code entries[2i]} and {@code entries[2i + 1]}, the value a WeakReference
     * or a List of WeakReferences; {@code size} pairs are used. An array, not a map: an object has a few
     * relationships, so a scan by identity is as quick as hashing and costs no map and no entry per object, and
     * a subclass's relationships and its base class's share one snapshot without sharing an index. Allocated on
     * the first put: most loaded objects (every object of a class without relationships) never record one.
     */
    private Object[] entries = EMPTY;
    private int size;

    private int indexOf(RelationshipProperty r) {
        Object[] e = entries;
        for (int i = 0, n = size * 2; i < n; i += 2) {
            if (e[i] == r) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a value is recorded for {@code r}. */
    public boolean containsKey(RelationshipProperty r) {
        return indexOf(r) >= 0;
    }

    /** The recorded value: a new List for a collection (objects collected since are gone), the object, or null. */
    public Object get(RelationshipProperty r) {
        int i = indexOf(r);
        Object v = i < 0 ? null : entries[i + 1];
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
        Object recorded;
        if (value instanceof List<?> l) {
            List<WeakReference<Object>> refs = new ArrayList<>(l.size());
            for (Object o : l) {
                refs.add(new WeakReference<>(o));
            }
            recorded = refs;
        } else {
            recorded = value == null ? NONE : new WeakReference<>(value);
        }
        int i = indexOf(r);
        if (i < 0) {
            if (size * 2 == entries.length) {
                entries = Arrays.copyOf(entries, Math.max(4, entries.length * 2));
            }
            i = size * 2;
            entries[i] = r;
            size++;
        }
        entries[i + 1] = recorded;
    }

    /** Records {@code value} unless a value is recorded already. */
    public void putIfAbsent(RelationshipProperty r, Object value) {
        if (indexOf(r) < 0) {
            put(r, value);
        }
    }

    /** Forgets every value. */
    public void clear() {
        entries = EMPTY;
        size = 0;
    }

    /** Forgets the value of {@code r}. */
    public void remove(RelationshipProperty r) {
        int i = indexOf(r);
        if (i >= 0) {
            int last = (size - 1) * 2;
            entries[i] = entries[last];
            entries[i + 1] = entries[last + 1];
            entries[last] = null;
            entries[last + 1] = null;
            size--;
        }
    }
}
