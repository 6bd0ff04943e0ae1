package org.jalchemy.orm.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jalchemy.orm.exc.MappingError;

/** Static helpers around relationship fields: wiring at mapping time, collections in fields, snapshots. */
public final class Relationships {
    private Relationships() {}

    /** Points {@code r} at a registry's mappers and lets its {@code backref} declare the reverse field. */
    public static void wire(RelationshipProperty r, Function<Class<?>, Mapper> lookup) {
        r.setLookup(lookup);
        if (r.annotation() != null && !r.annotation().backref().isEmpty()) {
            Mapper target = lookup.apply(r.targetType());
            if (target != null) {
                RelationshipProperty rev = target.relationshipOrNull(r.annotation().backref());
                if (rev == null) {
                    throw new MappingError("backref '" + r.annotation().backref() + "' of " + r + " needs a field "
                            + r.targetType().getSimpleName() + "." + r.annotation().backref() + " of type List/Set<"
                            + r.owner().type().getSimpleName() + "> or " + r.owner().type().getSimpleName()
                            + " (Java cannot add fields to a class)");
                }
                rev.declaredByBackref(r);
            }
        }
    }

    /**
     * Puts JAlchemy collections into the collection fields of {@code obj}: loaded ones holding the field's current
     * elements for a new object ({@code loaded = true}), empty unloaded ones for an object loaded from a row.
     */
    public static void installCollections(Object obj, InstanceState st, boolean loaded) {
        for (RelationshipProperty r : st.mapper().relationships()) {
            if (r.isRef()) {
                Loaders.installRef(obj, r, loaded);
                continue;
            }
            if (!r.isCollection() || WriteOnlyList.install(obj, st, r)) {
                continue;
            }
            Object current = r.get(obj);
            if (current instanceof TrackedCollection tc && tc.state().owner == obj && !(tc.state().early && !loaded)) {
                continue;
            }
            TrackedCollection tc = r.isSet() ? new TrackedSet(obj, r, loaded) : new TrackedList(obj, r, loaded);
            if (loaded && current instanceof Collection<?> c) {
                tc.raw().addAll(c);
            }
            r.set(obj, tc);
            if (loaded) {
                st.relationshipSnapshot.putIfAbsent(r, new ArrayList<>());
                for (Object child : tc.raw()) {
                    tc.state().added(child);
                }
            }
        }
    }

    /** Records the loaded contents of a collection as its snapshot. */
    public static void snapshotCollection(InstanceState st, RelationshipProperty r, Collection<?> items) {
        if (st != null) {
            st.relationshipSnapshot.put(r, new ArrayList<>(items));
        }
    }

    /** The loaded elements of a collection field (empty when unloaded or null), without loading. */
    public static List<Object> loadedElements(Object value) {
        if (value instanceof TrackedCollection tc) {
            return tc.isLoaded() ? new ArrayList<>(tc.raw()) : List.of();
        }
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        return List.of();
    }

    /** Whether a collection field's contents are known without SQL. */
    public static boolean isLoaded(Object value) {
        return !(value instanceof TrackedCollection tc) || tc.isLoaded();
    }

    /** Marks every collection of {@code obj} unloaded (expiry): they reload on next access. */
    public static void expireCollections(Object obj, InstanceState st) {
        for (RelationshipProperty r : st.mapper().relationships()) {
            if (r.isCollection() && r.get(obj) instanceof TrackedCollection tc && tc.isLoaded()) {
                tc.expire();
                st.relationshipSnapshot.remove(r);
            }
        }
    }

    /**
     * {@code obj} first, then the loaded objects reachable from it along relationships cascading {@code c}, each once
     * (nothing is loaded to find them).
     */
    public static List<Object> cascadeClosure(Object obj, Cascade c) {
        List<Object> out = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        out.add(obj);
        seen.add(obj);
        for (int i = 0; i < out.size(); i++) {
            InstanceState st = StateRegistry.get(out.get(i));
            if (st == null) {
                continue;
            }
            for (RelationshipProperty r : st.mapper().relationships()) {
                if (!r.cascades(c)) {
                    continue;
                }
                Object v = r.get(out.get(i));
                for (Object x : r.isCollection() ? loadedElements(v) : v == null ? List.<Object>of() : List.of(v)) {
                    if (seen.add(x)) {
                        out.add(x);
                    }
                }
            }
        }
        return out;
    }

    /**
     * After {@code child}'s many-to-one {@code r} was set to {@code parent} (assigned, or loaded): appends {@code child}
     * to the parent's reverse collection when that is loaded (or is still the parent's own, untracked collection).
     */
    public static void appendToReverse(Object child, RelationshipProperty r, Object parent) {
        RelationshipProperty rev = r.reverse();
        if (parent == null || rev == null || !rev.isCollection()) {
            return;
        }
        Object v = rev.get(parent);
        if (v instanceof TrackedCollection tc) {
            if (tc.isLoaded() && tc.raw().stream().noneMatch(x -> x == child)) {
                tc.rawAdd(child);
            }
        } else if (v instanceof Collection<?> c && c.stream().noneMatch(x -> x == child)) {
            @SuppressWarnings("unchecked")
            Collection<Object> co = (Collection<Object>) c;
            co.add(child);
        }
    }

    /**
     * Puts JAlchemy's collections into the collection fields of a new object not in any Session, holding the
     * fields' current elements (whose reverse side is set now); from then on appends and removals keep the
     * reverse side in step at once.
     */
    public static void track(Object obj, Mapper m) {
        for (RelationshipProperty r : m.relationships()) {
            if (!r.isCollection()) {
                continue;
            }
            Object current = r.get(obj);
            if (current instanceof TrackedCollection tc && tc.state().owner == obj) {
                continue;
            }
            TrackedCollection tc = r.isSet() ? new TrackedSet(obj, r, true) : new TrackedList(obj, r, true);
            tc.state().early = true;
            if (current instanceof Collection<?> c) {
                tc.raw().addAll(c);
            }
            r.set(obj, tc);
            for (Object child : new ArrayList<>(tc.raw())) {
                tc.state().added(child);
            }
        }
    }

    /** Records every loaded relationship value of {@code obj} as its snapshot (after a flush). */
    public static void snapshotAll(Object obj, InstanceState st) {
        for (RelationshipProperty r : st.mapper().relationships()) {
            Object v = r.get(obj);
            if (v instanceof WriteOnlyList<?> w) {
                w.flushed();
                st.relationshipSnapshot.put(r, new ArrayList<>());
            } else if (r.isCollection()) {
                if (isLoaded(v) && v != null) {
                    st.relationshipSnapshot.put(r, loadedElements(v));
                }
            } else {
                st.relationshipSnapshot.put(r, v);
            }
        }
    }

    /** The identity key the foreign-key values of {@code obj} point at, or null if one is null. */
    static Object[] parentValues(Object parent, RelationshipProperty r) {
        Object[] out = new Object[r.pairs().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = r.pairs().get(i).parent().get(parent);
            if (out[i] == null) {
                return null;
            }
        }
        return out;
    }
}
