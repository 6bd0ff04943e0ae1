package org.jalchemy.orm.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jalchemy.orm.ObjectState;
import org.jalchemy.schema.Table;

/**
 * Whether an autoflush has anything to write, decided without planning a flush and without allocating: the question
 * every lazy load and query asks first. A full flush (cascades, foreign-key copying, row ordering) is planned only
 * when the answer is yes.
 * <p>
 * Without bytecode enhancement a field write is invisible until the field is compared with its snapshot, so the
 * answer is found in two tiers:
 * <ul>
 *   <li><b>What the Session sees happen</b>, in O(1): {@link #queued()} is called by {@code add}, {@code delete},
 *       {@code merge} and rollbacks (pending and deleted objects exist only after one of them), and by the first
 *       mutation of a JAlchemy collection since the last flush (which sets its {@link CollectionState#changed} flag).</li>
 *   <li><b>What only a comparison shows</b>: the persistent objects a statement could see differently are compared
 *       with their snapshots, field by field, without allocating. For a query that is every object (its WHERE may read
 *       any column of any table, subqueries included). For the lazy load of a relationship it is narrower
 *       ({@link Scope}): the join and order-by columns and the many-to-ones over them of the objects whose table the
 *       load reads, and the relationship fields (many-to-ones, collections) that point at that class from other
 *       classes (through which a new related object would cascade in, or a foreign key be copied at the flush).</li>
 * </ul>
 * The scan stops at the first difference; objects of other classes are skipped by one identity comparison. After a
 * flush that ran, {@link #flushed} clears what was seen.
 */
public final class AutoflushCheck implements BiConsumer<Object, InstanceState> {
    /** A statement could see the Session's objects differently: nothing known to be unchanged. */
    private boolean queued;
    private final Map<RelationshipProperty, Scope> scopes = new IdentityHashMap<>();
    private final Scope everything = new Scope(null);
    // the scan in progress (this object is the forEach consumer, so a scan allocates nothing)
    private Scope scanning;
    private boolean found;

    /** Something was added, deleted, merged or rolled back: the next autoflush flushes. */
    public void queued() {
        queued = true;
    }

    /** Whether a flush may have work before a query (any object may matter). */
    public boolean mayHaveWork(Map<Object, InstanceState> attached) {
        return queued || scan(attached, everything);
    }

    /**
     * Whether a flush may have work that the lazy load of {@code r} would see; with {@code compare} false, only what was
     * recorded as it happened counts (O(1)).
     */
    public boolean mayHaveWorkFor(Map<Object, InstanceState> attached, RelationshipProperty r, boolean compare) {
        if (queued || !compare) {
            return queued;
        }
        Scope s = scopes.get(r);
        if (s == null) {
            s = new Scope(r);
            scopes.put(r, s);
        }
        return scan(attached, s);
    }

    private boolean scan(Map<Object, InstanceState> attached, Scope s) {
        scanning = s;
        found = false;
        attached.forEach(this);
        scanning = null;
        return found;
    }

    /** One object of the scan. */
    @Override public void accept(Object obj, InstanceState st) {
        if (found) {
            return;
        }
        if (st.status == ObjectState.PENDING || st.markedDeleted) {
            found = true;
            return;
        }
        if (st.status != ObjectState.PERSISTENT) {
            return;
        }
        Check c = scanning.of(st.mapper());
        if (c != Check.NONE && c.changed(obj, st)) {
            found = true;
        }
    }

    /**
     * After a flush that ran (whether or not it wrote anything): every change it could see is written and every
     * loaded collection's snapshot taken, so the collections' flags are cleared.
     */
    public void flushed(Map<Object, InstanceState> attached) {
        queued = false;
        attached.forEach((obj, st) -> {
            if (st.status != ObjectState.PERSISTENT) {
                return;
            }
            for (RelationshipProperty r : st.mapper().relationships()) {
                if (r.isCollection() && r.get(obj) instanceof TrackedCollection tc) {
                    tc.state().changed = false;
                }
            }
        });
    }

    /**
     * The objects a lazy load of one relationship (or, with no relationship, any statement) could see differently,
     * as a {@link Check} per mapper, worked out once per mapper met.
     */
    private static final class Scope {
        private final RelationshipProperty load;
        /** The tables the load reads (its target's, and the association table), or null for every table. */
        private final Set<Table> reads;
        // a handful of mappers: a linear identity search beats hashing
        private Mapper[] mappers = new Mapper[0];
        private Check[] checks = new Check[0];

        Scope(RelationshipProperty load) {
            this.load = load;
            if (load == null) {
                reads = null;
            } else {
                reads = new HashSet<>(load.target().tables());
                if (load.secondary() != null) {
                    reads.add(load.secondary());
                }
            }
        }

        Check of(Mapper m) {
            Mapper[] ms = mappers;
            for (int i = 0; i < ms.length; i++) {
                if (ms[i] == m) {
                    return checks[i];
                }
            }
            Check c = load == null ? Check.all(m) : forLoad(m);
            mappers = java.util.Arrays.copyOf(ms, ms.length + 1);
            checks = java.util.Arrays.copyOf(checks, checks.length + 1);
            mappers[ms.length] = m;
            checks[ms.length] = c;
            return c;
        }

        private Check forLoad(Mapper m) {
            boolean rows = load.target().type().isAssignableFrom(m.type());
            for (Table t : m.tables()) {
                rows |= reads.contains(t);
            }
            List<ColumnProperty> columns = new ArrayList<>();
            List<RelationshipProperty> relationships = new ArrayList<>();
            if (rows) {
                // which rows are the load's, and their order: the join columns on this side, the order-by columns
                // (a many-to-many's rows are the association table's, written from collections: none here)
                for (RelationshipProperty.Pair p : load.pairs() == null ? List.<RelationshipProperty.Pair>of() : load.pairs()) {
                    if (load.direction() == RelationshipProperty.Direction.MANY_TO_ONE) {
                        addOnce(columns, p.parent());
                    } else {
                        addOnce(columns, p.child());
                    }
                }
                for (RelationshipProperty.Order o : load.orderBy()) {
                    addOnce(columns, o.property());
                }
                columns.removeIf(p -> !m.properties().contains(p));
            }
            for (RelationshipProperty q : m.relationships()) {
                if (q.viewOnly()) {
                    continue;
                }
                boolean intoLoad = load.target().type().isAssignableFrom(q.target().type())
                        || q.target().type().isAssignableFrom(load.target().type())
                        || load.secondary() != null && q.secondary() == load.secondary();
                // a many-to-one of the loaded rows over the compared columns: the flush copies its key into them
                boolean overColumns = false;
                if (rows && q.direction() == RelationshipProperty.Direction.MANY_TO_ONE) {
                    for (RelationshipProperty.Pair p : q.pairs()) {
                        overColumns |= columns.contains(p.child());
                    }
                }
                if (intoLoad || overColumns) {
                    relationships.add(q);
                }
            }
            return columns.isEmpty() && relationships.isEmpty() ? Check.NONE : new Check(columns, relationships);
        }

        private static void addOnce(List<ColumnProperty> list, ColumnProperty p) {
            if (!list.contains(p)) {
                list.add(p);
            }
        }
    }

    /** The comparisons for objects of one mapper: columns with their snapshot, relationship fields with theirs. */
    private static final class Check {
        static final Check NONE = new Check(List.of(), List.of());

        private final ColumnProperty[] columns;
        private final RelationshipProperty[] manyToOnes;
        private final RelationshipProperty[] collections;

        Check(List<ColumnProperty> columns, List<RelationshipProperty> relationships) {
            this.columns = columns.toArray(new ColumnProperty[0]);
            List<RelationshipProperty> scalars = new ArrayList<>();
            List<RelationshipProperty> many = new ArrayList<>();
            for (RelationshipProperty r : relationships) {
                (r.isCollection() ? many : scalars).add(r);
            }
            this.manyToOnes = scalars.toArray(new RelationshipProperty[0]);
            this.collections = many.toArray(new RelationshipProperty[0]);
        }

        /** Every column and every relationship of {@code m}. */
        static Check all(Mapper m) {
            List<RelationshipProperty> rels = new ArrayList<>();
            for (RelationshipProperty r : m.relationships()) {
                if (!r.viewOnly()) {
                    rels.add(r);
                }
            }
            return new Check(m.properties(), rels);
        }

        boolean changed(Object obj, InstanceState st) {
            Object[] base = st.diffBase();
            if (base != null) {
                for (ColumnProperty p : columns) {
                    Object v = p.get(obj);
                    Object was = base[p.index()];
                    // loading puts the snapshot's own value objects in the fields: identity first, without reading them
                    // (a column never loaded, deferred, is unchanged while its field holds the default: as the flush sees it)
                    if (v != was && !ColumnProperty.same(v, was) && !(ColumnLoad.isUnloaded(was) && ColumnLoad.isDefault(p, v))) {
                        return true;
                    }
                }
            }
            for (RelationshipProperty r : manyToOnes) {
                if (scalarChanged(obj, st, r, base)) {
                    return true;
                }
            }
            for (RelationshipProperty r : collections) {
                Object v = r.get(obj);
                if (v == null) {
                    continue;                      // unloaded, or let go of: nothing for the flush to write
                }
                if (!(v instanceof TrackedCollection tc) || tc.state().owner != obj || tc.state().changed) {
                    return true;                   // the user's own collection (adopted by the flush), or changed
                }
            }
            return false;
        }

        /**
         * Whether a single-object relationship field differs from what the flush last saw: the field still refers
         * to the object whose key the foreign-key columns' snapshot holds (the common case, compared without a
         * look-up), or to the object recorded in the relationship snapshot.
         */
        private static boolean scalarChanged(Object obj, InstanceState st, RelationshipProperty r, Object[] base) {
            Object now = r.get(obj);
            if (now != null && base != null && r.direction() == RelationshipProperty.Direction.MANY_TO_ONE) {
                // the field refers to the object whose key the foreign-key snapshot holds: the flush would copy nothing
                boolean sameKey = true;
                for (RelationshipProperty.Pair p : r.pairs()) {
                    Object key = p.parent().get(now);
                    sameKey &= key != null && ColumnProperty.same(key, base[p.child().index()]);
                }
                if (sameKey) {
                    return false;
                }
            }
            boolean known = st.relationshipSnapshot.containsKey(r);
            Object before = known ? st.relationshipSnapshot.get(r) : null;
            return now != null ? !known || before != now : known && before != null;
        }
    }
}
