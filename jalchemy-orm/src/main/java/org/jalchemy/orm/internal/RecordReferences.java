package org.jalchemy.orm.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * When a Session replaces a record entity by a new instance (a merge, or a reload that found its row changed), the
 * objects that point to the old instance through a loaded relationship are made to point to the new one, so the
 * Session keeps one instance per row. Values and snapshots change together: this is not a change to flush.
 */
public final class RecordReferences {
    private RecordReferences() {}

    /** Puts {@code fresh} wherever a loaded relationship of an object in {@code attached} holds {@code old}. */
    public static void replace(Map<Object, InstanceState> attached, Object old, Object fresh) {
        for (Map.Entry<Object, InstanceState> e : attached.entrySet()) {
            InstanceState st = e.getValue();
            for (RelationshipProperty r : st.mapper().relationships()) {
                if (r.targetType().isInstance(old)) {
                    replaceIn(e.getKey(), st, r, old, fresh);
                }
            }
        }
    }

    private static void replaceIn(Object owner, InstanceState st, RelationshipProperty r, Object old, Object fresh) {
        Object v = r.get(owner);
        if (!r.isCollection()) {
            if (v == old) {
                r.set(owner, fresh);
            }
        } else if (v instanceof TrackedCollection tc && tc.isLoaded() && containsSame(tc.raw(), old)) {
            List<Object> items = swapped(tc.raw(), old, fresh);
            tc.raw().clear();
            tc.raw().addAll(items);
        } else if (v instanceof Collection<?> c && !(v instanceof TrackedCollection) && containsSame(c, old)) {
            @SuppressWarnings("unchecked")
            Collection<Object> plain = (Collection<Object>) c;
            List<Object> items = swapped(plain, old, fresh);
            plain.clear();
            plain.addAll(items);
        }
        if (st.relationshipSnapshot.containsKey(r)) {
            Object snap = st.relationshipSnapshot.get(r);
            if (snap == old) {
                st.relationshipSnapshot.put(r, fresh);
            } else if (snap instanceof List<?> l && containsSame(l, old)) {
                st.relationshipSnapshot.put(r, swapped(l, old, fresh));
            }
        }
    }

    private static boolean containsSame(Collection<?> c, Object o) {
        for (Object x : c) {
            if (x == o) {
                return true;
            }
        }
        return false;
    }

    private static List<Object> swapped(Collection<?> c, Object old, Object fresh) {
        List<Object> out = new ArrayList<>(c.size());
        for (Object x : c) {
            out.add(x == old ? fresh : x);
        }
        return out;
    }
}
