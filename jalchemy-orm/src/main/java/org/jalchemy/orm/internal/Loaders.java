package org.jalchemy.orm.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.Lazy;
import org.jalchemy.orm.LoaderOption;
import org.jalchemy.orm.ObjectState;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.FromClause;
import org.jalchemy.sql.Operator;
import org.jalchemy.sql.Select;
import org.jalchemy.sql.Subquery;
import org.jalchemy.sql.UnaryExpression;

/**
 * The loader strategies: lazy loading of one collection, batch loading ({@code SELECT ... IN}, chunked at
 * {@value #CHUNK} keys, or with the parents' query as a subquery), and JOINED loading in the parents' own query.
 */
public final class Loaders {
    /** Keys per IN list of a batch load. */
    public static final int CHUNK = 500;

    private Loaders() {}

    // ---- one collection, on access

    /** Loads the related objects of {@code owner} (the lazy load of a collection). */
    static List<Object> loadCollection(SessionAccess a, Object owner, RelationshipProperty r) {
        Map<Object, List<Object>> groups = batch(a, r, List.of(owner), null, List.of());
        List<Object> items = groups.getOrDefault(owner, List.of());
        setReverseOfLoaded(owner, r, items);
        afterLoad(a, r.target(), items, List.of(), Map.of(), null);
        return items;
    }

    /** Points the reverse many-to-one of freshly loaded children at their owner (no SQL). */
    static void setReverseOfLoaded(Object owner, RelationshipProperty r, List<Object> items) {
        RelationshipProperty rev = r.reverse();
        if (rev == null || rev.isCollection()) {
            return;
        }
        for (Object child : items) {
            if (rev.get(child) == null) {
                rev.set(child, owner);
                InstanceState cs = StateRegistry.get(child);
                if (cs != null) {
                    cs.relationshipSnapshot.put(rev, owner);
                }
            }
        }
    }

    // ---- a query's objects

    /**
     * Runs {@code q} (selecting {@code m.columns()} first) for objects of {@code m}, with JOINED relationships joined
     * into it (chained joinedloads too) and containsEager relationships read from its joins, then applies the other
     * strategies. Returns the objects in row order, each once.
     */
    public static List<Object> query(SessionAccess a, Mapper m, Select q, List<LoaderOption> options) {
        List<List<LoaderOption.Step>> paths = new ArrayList<>();
        for (LoaderOption o : options) {
            paths.add(o.steps());
        }
        Set<Object> used = new HashSet<>(q.baseTables());
        used.add(m.table());
        EagerJoin.reserveNames(q, used);
        List<EagerJoin> joined = EagerJoin.plan(m, paths, used, q);
        if (joined.isEmpty()) {
            List<Object> out = new ArrayList<>();
            for (Row row : a.connection().execute(q).all()) {
                out.add(a.load(m, row, 0));
            }
            afterLoad(a, m, out, paths, Map.of(), q);
            return out;
        }
        return joinedQuery(a, m, q, joined, paths);
    }

    /**
     * One statement for the parents and their joined relationships. With LIMIT/OFFSET and a joinedload the parents'
     * query (with any containsEager columns, which are its own) becomes a subquery the joins attach to, so the limit
     * counts the query's rows, not the rows the joinedloads add; with containsEager only it is sent as is.
     */
    private static List<Object> joinedQuery(SessionAccess a, Mapper m, Select q, List<EagerJoin> joined,
                                            List<List<LoaderOption.Step>> paths) {
        boolean wrap = (q.limitClause() != null || q.offsetClause() != null) && EagerJoin.anyJoin(joined);
        List<ColumnElement<?>> order = new ArrayList<>();
        Select s;
        FromClause rootFrom;
        if (wrap) {
            // containsEager columns are the query's own: they go inside the subquery, the joinedloads' joins outside
            Subquery sq = EagerJoin.withContainsEagerColumns(q, joined).subquery("anon_1");
            EagerJoin.readFrom(joined, sq);
            List<ClauseElement> cols = new ArrayList<>();
            for (ColumnElement<?> c : m.columns()) {
                cols.add(sq.c(c.columnName()));
            }
            for (ColumnElement<?> o : q.orderByClauses()) {
                ColumnElement<?> t = onSubquery(o, sq, m);
                if (t != null) {
                    order.add(t);
                }
            }
            s = Select.of(cols.toArray(new ClauseElement[0])).selectFrom(sq);
            rootFrom = sq;
        } else {
            s = q;
            rootFrom = m.table();
        }
        s = EagerJoin.addTo(s, joined, rootFrom, false, order);   // order: the wrapped query's, then the joins'
        if (!order.isEmpty()) {
            s = s.orderBy(order.toArray(new ColumnElement<?>[0]));
        }
        Map<Object, Object> parents = new LinkedHashMap<>();
        EagerJoin.Hydration h = new EagerJoin.Hydration(a);
        for (Row row : a.connection().execute(s).all()) {
            Object parent = a.load(m, row, 0);
            parents.putIfAbsent(new IdentityBox(parent), parent);
            h.read(parent, joined, row);
        }
        h.fill();
        List<Object> out = new ArrayList<>(parents.values());
        afterLoad(a, m, out, paths, EagerJoin.byProperty(joined), null);
        return out;
    }

    /**
     * containsEager for one entity item of a statement selecting several items ({@code select(User.class,
     * Address.class).join(...)}): the relationships read from the statement's joins. Null when no containsEager step
     * starts at {@code m}. Use {@link ItemEager#statement()}, then {@link ItemEager#read} per row, then {@link ItemEager#finish}.
     */
    public static ItemEager containsEager(SessionAccess a, Mapper m, Select q, List<LoaderOption> options) {
        List<List<LoaderOption.Step>> paths = new ArrayList<>();
        for (LoaderOption o : options) {
            paths.add(o.steps());
        }
        Set<Object> used = new HashSet<>(q.baseTables());
        List<EagerJoin> nodes = EagerJoin.plan(m, paths, used, q, false);
        if (nodes.isEmpty()) {
            return null;
        }
        Select s = EagerJoin.addTo(q, nodes, m.table(), false, new ArrayList<>());
        return new ItemEager(a, m, paths, nodes, s);
    }

    /** The containsEager relationships of one entity item of a statement of several items; see {@link #containsEager}. */
    public static final class ItemEager {
        private final SessionAccess access;
        private final Mapper mapper;
        private final List<List<LoaderOption.Step>> paths;
        private final List<EagerJoin> nodes;
        private final Select statement;
        private final EagerJoin.Hydration hydration;

        private ItemEager(SessionAccess access, Mapper mapper, List<List<LoaderOption.Step>> paths, List<EagerJoin> nodes,
                          Select statement) {
            this.access = access;
            this.mapper = mapper;
            this.paths = paths;
            this.nodes = nodes;
            this.statement = statement;
            this.hydration = new EagerJoin.Hydration(access);
        }

        /** The statement with the related objects' columns added (where the query does not select them already). */
        public Select statement() { return statement; }

        /** Reads the related objects of {@code owner} (this item's object in {@code row}) from a row of {@link #statement()}. */
        public void read(Object owner, Row row) {
            hydration.read(owner, nodes, row);
        }

        /** Fills the owners' fields, then applies the other relationships' strategies to {@code owners}. */
        public void finish(List<Object> owners) {
            hydration.fill();
            afterLoad(access, mapper, owners, paths, EagerJoin.byProperty(nodes), null);
        }
    }

    /** An object compared by identity, for ordered identity maps. */
    private record IdentityBox(Object o) {
        @Override public boolean equals(Object other) { return other instanceof IdentityBox b && b.o == o; }

        @Override public int hashCode() { return System.identityHashCode(o); }
    }

    /** {@code o} (an ORDER BY item over the mapped table) rewritten to the subquery's columns, or null when it cannot be. */
    private static ColumnElement<?> onSubquery(ColumnElement<?> o, Subquery sq, Mapper m) {
        if (tableColumn(o) instanceof Column<?> c && c.table() == m.table()) {
            return sq.c(c.name());
        }
        if (o instanceof UnaryExpression<?> u && tableColumn(u.element()) instanceof Column<?> c && c.table() == m.table()) {
            ColumnElement<Object> sc = sq.c(c.name());
            return u.operator() == Operator.DESC ? sc.desc() : u.operator() == Operator.ASC ? sc.asc() : null;
        }
        return null;
    }

    /** The table column {@code e} stands for (a metamodel attribute stands for its column), or {@code e}. */
    private static ClauseElement tableColumn(ClauseElement e) {
        return e instanceof org.jalchemy.orm.ColumnAttribute<?, ?> a ? a.column() : e;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ColumnElement<Boolean> and(List<ColumnElement<Boolean>> parts) {
        return parts.size() == 1 ? parts.get(0) : org.jalchemy.Sql.and(parts.toArray(new ColumnElement[0]));
    }

    // ---- strategies after loading

    private static Lazy strategy(RelationshipProperty r, List<List<LoaderOption.Step>> paths) {
        LoaderOption.Step step = firstStep(r, paths);
        return step != null ? step.strategy() : r.lazy();
    }

    /** The first step of the first path that starts at {@code r}, or null. */
    static LoaderOption.Step firstStep(RelationshipProperty r, List<List<LoaderOption.Step>> paths) {
        for (List<LoaderOption.Step> p : paths) {
            if (!p.isEmpty() && matches(p.get(0), r)) {
                LoaderOption.Step step = p.get(0);
                if (r.isWriteOnly() && (step.strategy() == Lazy.JOINED || step.strategy() == Lazy.SELECTIN
                        || step.strategy() == Lazy.SUBQUERY)) {
                    throw new InvalidRequestError(step + ": " + r + " is a write-only collection, never loaded whole; "
                            + "query it with its select() instead");
                }
                return step;
            }
        }
        return null;
    }

    /** The rest of each path that starts at {@code r}. */
    static List<List<LoaderOption.Step>> subPaths(RelationshipProperty r, List<List<LoaderOption.Step>> paths) {
        List<List<LoaderOption.Step>> sub = new ArrayList<>();
        for (List<LoaderOption.Step> p : paths) {
            if (p.size() > 1 && matches(p.get(0), r)) {
                sub.add(p.subList(1, p.size()));
            }
        }
        return sub;
    }

    private static boolean matches(LoaderOption.Step step, RelationshipProperty r) {
        return step.field().equals(r.fieldName()) && step.entity().isAssignableFrom(r.owner().type());
    }

    /**
     * Applies each relationship's strategy (from {@code paths}, else its {@code lazy}) to freshly loaded objects of
     * {@code m}; {@code done} were joined already; {@code origin} is the parents' query (for SUBQUERY), or null.
     */
    public static void afterLoad(SessionAccess a, Mapper m, List<Object> objs, List<List<LoaderOption.Step>> paths,
                                 Set<RelationshipProperty> done, Select origin) {
        Map<RelationshipProperty, List<EagerJoin>> joined = new HashMap<>();
        for (RelationshipProperty r : done) {
            joined.put(r, List.of());
        }
        afterLoad(a, m, objs, paths, joined, origin);
    }

    /** As above; {@code joined} maps each relationship filled by a join to the joins below it. */
    private static void afterLoad(SessionAccess a, Mapper m, List<Object> objs, List<List<LoaderOption.Step>> paths,
                                  Map<RelationshipProperty, List<EagerJoin>> joined, Select origin) {
        if (objs.isEmpty()) {
            return;
        }
        afterLoad(a, m, m.relationships(), objs, paths, joined, origin);
        if (m.isUnion()) {
            // objects of a concrete-table union: each subclass's own relationships, per class (those of m, which the
            // subclasses map too, are loaded above for all of them at once)
            Map<Mapper, List<Object>> byClass = new LinkedHashMap<>();
            for (Object o : objs) {
                InstanceState st = StateRegistry.get(o);
                if (st != null && st.mapper() != m) {
                    byClass.computeIfAbsent(st.mapper(), k -> new ArrayList<>()).add(o);
                }
            }
            for (Map.Entry<Mapper, List<Object>> e : byClass.entrySet()) {
                List<RelationshipProperty> own = new ArrayList<>(e.getKey().relationships());
                own.removeAll(m.relationships());
                afterLoad(a, e.getKey(), own, e.getValue(), paths, joined, null);
            }
        }
    }

    private static void afterLoad(SessionAccess a, Mapper m, List<RelationshipProperty> relationships, List<Object> objs,
                                  List<List<LoaderOption.Step>> paths, Map<RelationshipProperty, List<EagerJoin>> joined,
                                  Select origin) {
        for (RelationshipProperty r : relationships) {
            Lazy s = strategy(r, paths);
            List<List<LoaderOption.Step>> sub = subPaths(r, paths);
            if (joined.containsKey(r)) {
                // objects that arrived by the join get their own relationships' strategies, the joins below included
                afterLoad(a, r.target(), elements(objs, r), sub, EagerJoin.byProperty(joined.get(r)), null);
                continue;
            }
            LoaderOption.Step step = firstStep(r, paths);
            if (step != null && step.containsEager()) {
                throw new InvalidRequestError(step + ": containsEager applies to an entity selected straight from its "
                        + "table (select(" + m.type().getSimpleName() + ".class, ...).join(...), not an alias of it), without "
                        + "populateExisting; this statement loads " + m.type().getSimpleName() + " otherwise");
            }
            List<Object> loadedChildren;
            List<EagerJoin> nested = List.of();
            if (r.isCollection()) {
                if (s == Lazy.SELECTIN || s == Lazy.SUBQUERY || s == Lazy.JOINED) {
                    Set<Object> used = new HashSet<>();
                    used.add(r.target().table());
                    if (r.secondary() != null) {
                        used.add(r.secondary());
                    }
                    nested = EagerJoin.plan(r.target(), sub, used, null);
                }
                loadedChildren = loadCollections(a, objs, r, s, origin, nested);
            } else {
                loadedChildren = loadScalars(a, objs, r, s);
            }
            if (!sub.isEmpty() && !loadedChildren.isEmpty()) {
                afterLoad(a, r.target(), loadedChildren, sub, EagerJoin.byProperty(nested), null);
            }
        }
    }

    private static List<Object> elements(List<Object> objs, RelationshipProperty r) {
        List<Object> out = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object o : objs) {
            Object v = r.get(o);
            List<Object> items = r.isCollection() ? Relationships.loadedElements(v) : v == null ? List.of() : List.of(v);
            for (Object i : items) {
                if (seen.add(i)) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    private static List<Object> loadCollections(SessionAccess a, List<Object> objs, RelationshipProperty r, Lazy s, Select origin,
                                                List<EagerJoin> nested) {
        List<Object> unloaded = new ArrayList<>();
        for (Object o : objs) {
            InstanceState st = StateRegistry.get(o);
            if (st == null || st.status != ObjectState.PERSISTENT) {
                continue;
            }
            if (r.get(o) == null) {
                Relationships.installCollections(o, st, false);
            }
            if (!(r.get(o) instanceof TrackedCollection tc)) {
                continue;                               // the user's own collection, put there since the load: kept
            }
            if (!tc.isLoaded()) {
                tc.state().mode = s == Lazy.JOINED || s == Lazy.SELECTIN || s == Lazy.SUBQUERY ? Lazy.SELECT : s;
                unloaded.add(o);
            }
        }
        if (s != Lazy.SELECTIN && s != Lazy.SUBQUERY && s != Lazy.JOINED) {
            return elements(objs, r);
        }
        if (unloaded.isEmpty()) {
            return elements(objs, r);
        }
        Map<Object, List<Object>> groups = batch(a, r, unloaded, s == Lazy.SUBQUERY ? origin : null, nested);
        List<Object> all = new ArrayList<>();
        for (Object o : unloaded) {
            List<Object> items = groups.getOrDefault(o, List.of());
            fill(o, r, items);
            all.addAll(items);
        }
        afterLoad(a, r.target(), all, List.of(), EagerJoin.byProperty(nested), null);
        return elements(objs, r);
    }

    /** Puts loaded {@code items} into {@code owner}'s field for {@code r} (unless it already holds loaded contents). */
    static void fill(Object owner, RelationshipProperty r, List<Object> items) {
        InstanceState st = StateRegistry.get(owner);
        if (r.isCollection()) {
            if (r.get(owner) == null && st != null) {
                Relationships.installCollections(owner, st, false);
            }
            if (r.get(owner) instanceof TrackedCollection tc && !tc.isLoaded()) {
                tc.setLoaded(items);
                Relationships.snapshotCollection(st, r, items);
                setReverseOfLoaded(owner, r, items);
            }
        } else {
            Object v = items.isEmpty() ? null : items.get(0);
            r.set(owner, v);
            if (st != null) {
                st.relationshipSnapshot.put(r, v);
            }
            if (v != null) {
                setReverseOfLoaded(owner, r, List.of(v));
                Relationships.appendToReverse(owner, r, v);
            }
        }
    }

    private static List<Object> loadScalars(SessionAccess a, List<Object> objs, RelationshipProperty r, Lazy s) {
        if (s == Lazy.RAISE || s == Lazy.NOLOAD || s == Lazy.WRITE_ONLY) {
            if (r.isRef()) {
                for (Object o : objs) {
                    if (r.rawGet(o) instanceof LazyRef<?> ref && !ref.isLoaded()) {
                        ref.unload(o, r, s);       // what get() does: raise, or answer null
                    }
                }
            }
            return List.of();
        }
        if (r.direction() != RelationshipProperty.Direction.MANY_TO_ONE) {
            List<Object> need = new ArrayList<>();
            for (Object o : objs) {
                InstanceState st = StateRegistry.get(o);
                if (st != null && st.status == ObjectState.PERSISTENT && !st.relationshipSnapshot.containsKey(r)) {
                    need.add(o);
                }
            }
            if (!need.isEmpty()) {
                Map<Object, List<Object>> groups = batch(a, r, need, null, List.of());
                for (Object o : need) {
                    fill(o, r, groups.getOrDefault(o, List.of()));
                }
            }
            return elements(objs, r);
        }
        if (r.isRef() && s == Lazy.SELECT) {
            unloadStaleRefs(objs, r);
            return elements(objs, r);
        }
        // many-to-one: the identity map first, then one SELECT ... IN for the parents not there
        Mapper t = r.target();
        boolean byPrimaryKey = isPrimaryKey(t, r.pairs());
        Map<List<Object>, List<Object>> wanted = new LinkedHashMap<>();
        for (Object o : objs) {
            InstanceState st = StateRegistry.get(o);
            if (st == null || st.status != ObjectState.PERSISTENT) {
                continue;
            }
            List<Object> fk = childValues(o, r);
            Object current = r.get(o);
            boolean known = st.relationshipSnapshot.containsKey(r);
            if (known && st.relationshipSnapshot.get(r) != current) {
                continue;                 // assigned since last loaded or flushed: the relationship wins over the key
            }
            if (fk == null) {
                if (!known) {
                    st.relationshipSnapshot.put(r, current);
                } else if (current != null) {
                    r.set(o, null);       // the key was set to NULL (and flushed, or reloaded so)
                    st.relationshipSnapshot.put(r, null);
                }
                continue;
            }
            if (current != null && fk.equals(parentValuesList(current, r))) {
                st.relationshipSnapshot.putIfAbsent(r, current);
                continue;
            }
            Object found = byPrimaryKey ? a.identity(new IdentityKey(t.identityType(), keyOrder(t, r.pairs(), fk))) : null;
            if (found != null) {
                r.set(o, found);
                st.relationshipSnapshot.put(r, found);
                Relationships.appendToReverse(o, r, found);
                continue;
            }
            wanted.computeIfAbsent(fk, k -> new ArrayList<>()).add(o);
        }
        if (wanted.isEmpty()) {
            return elements(objs, r);
        }
        List<Object> loaded = new ArrayList<>();
        List<List<Object>> keys = new ArrayList<>(wanted.keySet());
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<List<Object>> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            Select q = t.restrict(Select.of(t.columns())).where(in(parentColumns(r), chunk));
            for (Row row : a.connection().execute(q).all()) {
                Object parent = a.load(t, row, 0);
                loaded.add(parent);
                for (Object o : wanted.getOrDefault(parentValuesList(parent, r), List.of())) {
                    r.set(o, parent);
                    StateRegistry.get(o).relationshipSnapshot.put(r, parent);
                    Relationships.appendToReverse(o, r, parent);
                }
            }
        }
        afterLoad(a, t, loaded, List.of(), Map.of(), null);
        return elements(objs, r);
    }

    // ---- Ref fields: loaded on first get()

    /**
     * Puts a reference in {@code obj}'s {@code Ref} field: for an object being loaded ({@code loaded} false) an unloaded
     * one, which loads on its first {@code get()}; for a new object its own (kept) or an empty one.
     */
    static void installRef(Object obj, RelationshipProperty r, boolean loaded) {
        Object v = r.rawGet(obj);
        if (loaded) {
            if (v == null) {
                r.set(obj, null);
            }
            return;
        }
        // the object's own reference (from its constructor) is reused; one bound to another object is not shared
        LazyRef<?> ref = v instanceof LazyRef<?> l && (l.boundTo(obj) || l.boundTo(null)) ? l : new LazyRef<>(null);
        ref.unload(obj, r, Lazy.SELECT);
        if (ref != v) {
            r.setRaw(obj, ref);
        }
    }

    /**
     * Objects reloaded (expired, refreshed) whose loaded reference still holds what was loaded but whose foreign key now
     * says otherwise: the reference is unloaded, to load the new parent on its next {@code get()}.
     */
    private static void unloadStaleRefs(List<Object> objs, RelationshipProperty r) {
        for (Object o : objs) {
            InstanceState st = StateRegistry.get(o);
            if (st == null || st.status != ObjectState.PERSISTENT || !(r.rawGet(o) instanceof LazyRef<?> ref)) {
                continue;
            }
            if (!ref.isLoaded()) {
                if (!ref.boundTo(o)) {
                    ref.unload(o, r, Lazy.SELECT);
                }
                continue;
            }
            Object current = ref.peek();
            if (!st.relationshipSnapshot.containsKey(r) || st.relationshipSnapshot.get(r) != current) {
                continue;                   // assigned since last loaded or flushed: the relationship wins over the key
            }
            List<Object> fk = childValues(o, r);
            boolean same = current == null ? fk == null : fk != null && fk.equals(parentValuesList(current, r));
            if (!same) {
                ref.unload(o, r, Lazy.SELECT);
                st.relationshipSnapshot.remove(r);
            }
        }
    }

    /**
     * The first {@code get()} of an unloaded reference held by {@code owner}'s field for {@code r}: the related object
     * from the identity map without SQL when it is there, else (after an autoflush) one SELECT by the foreign key.
     */
    static void resolve(LazyRef<?> ref, Object owner, RelationshipProperty r, Lazy mode) {
        if (owner == null) {
            ref.fill(null);
            return;
        }
        String what = r.owner().type().getSimpleName() + "." + r.fieldName();
        if (mode == Lazy.NOLOAD) {
            ref.fill(null);
            return;
        }
        if (mode == Lazy.RAISE) {
            throw new org.jalchemy.orm.exc.LazyLoadError("'" + what + "' is not available due to lazy='raise' (raiseload); "
                    + "load it with an eager loader option such as selectinload or joinedload");
        }
        InstanceState st = StateRegistry.get(owner);
        SessionAccess a = st == null ? null : SessionAccess.of(st.session);
        if (a == null || st.status != ObjectState.PERSISTENT) {
            throw new org.jalchemy.orm.exc.DetachedInstanceError("Parent instance " + owner.getClass().getSimpleName()
                    + (st != null && st.key != null ? st.key.values() : "") + " is not bound to a Session; lazy load of "
                    + "attribute '" + what + "' cannot proceed");
        }
        Object found = identityParent(a, owner, r);
        if (found == null && childValues(owner, r) != null) {
            if (a.raiseOnLazyLoad()) {
                throw new org.jalchemy.orm.exc.LazyLoadError("Lazy load of '" + what + "' refused: the SessionFactory raises on "
                        + "every lazy load (raiseOnLazyLoad); load it with an eager loader option such as selectinload or joinedload");
            }
            a.autoflush(r);
            found = identityParent(a, owner, r);
            List<Object> fk = childValues(owner, r);
            if (found == null && fk != null) {
                Mapper t = r.target();
                Select q = t.restrict(Select.of(t.columns())).where(in(parentColumns(r), List.of(fk)));
                Row row = a.connection().execute(q).first();
                if (row != null) {
                    found = a.load(t, row, 0);
                    afterLoad(a, t, List.of(found), List.of(), Map.of(), null);
                }
            }
        }
        ref.fill(found);
        st.relationshipSnapshot.put(r, found);
        if (found != null) {
            Relationships.appendToReverse(owner, r, found);
        }
    }

    /** The persistent parent {@code owner}'s foreign key refers to, from the identity map; null when not there. */
    private static Object identityParent(SessionAccess a, Object owner, RelationshipProperty r) {
        List<Object> fk = childValues(owner, r);
        Mapper t = r.target();
        if (fk == null || !isPrimaryKey(t, r.pairs())) {
            return null;
        }
        return a.identity(new IdentityKey(t.identityType(), keyOrder(t, r.pairs(), fk)));
    }

    /**
     * Points the many-to-one fields of reloaded objects of {@code m} at what their (reloaded) foreign keys refer to:
     * the identity map first, then one SELECT per relationship. Fields assigned since the reload are kept.
     */
    public static void resolveManyToOnes(SessionAccess a, Mapper m, List<Object> objs) {
        for (RelationshipProperty r : m.relationships()) {
            if (r.direction() == RelationshipProperty.Direction.MANY_TO_ONE) {
                loadScalars(a, objs, r, r.lazy());
            }
        }
    }

    private static boolean isPrimaryKey(Mapper t, List<RelationshipProperty.Pair> pairs) {
        Set<ColumnProperty> ps = new HashSet<>();
        for (RelationshipProperty.Pair p : pairs) {
            ps.add(p.parent());
        }
        return ps.equals(new HashSet<>(t.primaryKey()));
    }

    private static List<Object> keyOrder(Mapper t, List<RelationshipProperty.Pair> pairs, List<Object> fk) {
        List<Object> out = new ArrayList<>();
        for (ColumnProperty pk : t.primaryKey()) {
            for (int i = 0; i < pairs.size(); i++) {
                if (pairs.get(i).parent() == pk) {
                    out.add(pk.column().type().coerce(fk.get(i)));
                }
            }
        }
        return out;
    }

    /** The foreign-key values of a many-to-one's owner, or null when one is null. */
    static List<Object> childValues(Object child, RelationshipProperty r) {
        List<Object> out = new ArrayList<>();
        for (RelationshipProperty.Pair p : r.pairs()) {
            Object v = p.child().get(child);
            if (v == null) {
                return null;
            }
            out.add(p.parent().column().type().coerce(v));
        }
        return out;
    }

    private static List<Object> parentValuesList(Object parent, RelationshipProperty r) {
        List<Object> out = new ArrayList<>();
        for (RelationshipProperty.Pair p : r.pairs()) {
            out.add(p.parent().get(parent));
        }
        return out;
    }

    private static List<Column<Object>> parentColumns(RelationshipProperty r) {
        List<Column<Object>> out = new ArrayList<>();
        for (RelationshipProperty.Pair p : r.pairs()) {
            out.add(p.parent().column());
        }
        return out;
    }

    /** {@code col IN (...)} for one column, or an OR of ANDs for a composite key. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ColumnElement<Boolean> in(List<? extends ColumnElement<Object>> cols, List<List<Object>> keys) {
        if (keys.size() == 1) {
            // one owner (a lazy load): col = ? reads better and compiles to one cached statement
            List<ColumnElement<Boolean>> ands = new ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
                ands.add(cols.get(i).eq(keys.get(0).get(i)));
            }
            return and(ands);
        }
        if (cols.size() == 1) {
            List<Object> vals = new ArrayList<>();
            for (List<Object> k : keys) {
                vals.add(k.get(0));
            }
            return cols.get(0).in(vals);
        }
        List<ColumnElement<Boolean>> ors = new ArrayList<>();
        for (List<Object> k : keys) {
            List<ColumnElement<Boolean>> ands = new ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
                ands.add(cols.get(i).eq(k.get(i)));
            }
            ors.add(and(ands));
        }
        return org.jalchemy.Sql.or(ors.toArray(new ColumnElement[0]));
    }

    /**
     * Loads the related objects of every owner in {@code owners} (ONE_TO_MANY or MANY_TO_MANY), in chunks of
     * {@value #CHUNK} keys, or with {@code origin} (the owners' query) as an IN subquery, with the {@code nested}
     * relationships of the related objects joined in and filled. Returns them per owner.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Map<Object, List<Object>> batch(SessionAccess a, RelationshipProperty r, List<Object> owners, Select origin,
                                           List<EagerJoin> nested) {
        Mapper t = r.target();
        boolean m2m = r.direction() == RelationshipProperty.Direction.MANY_TO_MANY;
        List<ColumnProperty> ownerProps = new ArrayList<>();
        List<ColumnElement<Object>> matchCols = new ArrayList<>();
        if (m2m) {
            for (RelationshipProperty.SecondaryPair sp : r.localPairs()) {
                ownerProps.add(sp.property());
                matchCols.add(sp.column());
            }
        } else {
            for (RelationshipProperty.Pair p : r.pairs()) {
                ownerProps.add(p.parent());
                matchCols.add(p.child().column());
            }
        }
        Map<List<Object>, List<Object>> ownersByKey = new LinkedHashMap<>();
        for (Object o : owners) {
            List<Object> k = new ArrayList<>();
            for (ColumnProperty p : ownerProps) {
                k.add(p.get(o));
            }
            if (!k.contains(null)) {
                ownersByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(o);
            }
        }
        Map<Object, List<Object>> out = new IdentityHashMap<>();
        if (ownersByKey.isEmpty()) {
            return out;
        }
        List<ColumnElement<?>> order = new ArrayList<>();
        for (RelationshipProperty.Order o : r.orderBy()) {
            order.add(o.descending() ? o.property().column().desc() : o.property().column());
        }
        if (order.isEmpty()) {
            for (ColumnProperty p : t.primaryKey()) {
                order.add(p.column());
            }
        }
        List<ClauseElement> cols = new ArrayList<>(List.of(t.columns()));
        // where each owner key value is read from a row: the target's own foreign-key column, or an added association column
        List<Integer> keyAt = new ArrayList<>();
        if (m2m) {
            for (ColumnElement<Object> c : matchCols) {
                keyAt.add(cols.size());
                cols.add(c);
            }
        } else {
            List<ColumnElement<?>> targetCols = List.of(t.columns());
            for (RelationshipProperty.Pair p : r.pairs()) {
                keyAt.add(targetCols.indexOf(p.child().column()));
            }
        }
        FromClause from = t.selectable();
        if (m2m) {
            List<ColumnElement<Boolean>> on = new ArrayList<>();
            for (RelationshipProperty.SecondaryPair sp : r.targetPairs()) {
                on.add(sp.column().eq(sp.property().column()));
            }
            from = t.selectable().join(r.secondary(), and(on));
        }
        List<ColumnElement<Boolean>> conditions = new ArrayList<>();
        if (origin != null && ownerProps.size() == 1 && origin.limitClause() == null && origin.offsetClause() == null) {
            Select keys = Select.of(ownerProps.get(0).column()).where(origin.whereClauses().toArray(new ColumnElement[0]));
            conditions.add(matchCols.get(0).in(keys));
        } else {
            List<List<Object>> keys = new ArrayList<>(ownersByKey.keySet());
            for (int i = 0; i < keys.size(); i += CHUNK) {
                conditions.add(in(matchCols, keys.subList(i, Math.min(keys.size(), i + CHUNK))));
            }
        }
        EagerJoin.Hydration h = new EagerJoin.Hydration(a);
        for (ColumnElement<Boolean> cond : conditions) {
            Select q = Select.of(cols.toArray(new ClauseElement[0])).selectFrom(from).where(cond)
                    .orderBy(order.toArray(new ColumnElement<?>[0]));
            if (!nested.isEmpty()) {
                // the rows of one related object stay adjacent, so each is read once per owner
                Set<ColumnProperty> ordered = new HashSet<>();
                for (RelationshipProperty.Order o : r.orderBy()) {
                    ordered.add(o.property());
                }
                if (!ordered.isEmpty() && !ordered.containsAll(t.primaryKey())) {
                    for (ColumnProperty p : t.primaryKey()) {
                        q = q.orderBy(p.column());
                    }
                }
                List<ColumnElement<?>> nestedOrder = new ArrayList<>();
                q = EagerJoin.addTo(q, nested, t.table(), false, nestedOrder);
                q = nestedOrder.isEmpty() ? q : q.orderBy(nestedOrder.toArray(new ColumnElement<?>[0]));
            }
            for (Row row : a.connection().execute(q).all()) {
                Object child = a.load(t, row, 0);
                h.read(child, nested, row);
                List<Object> k = new ArrayList<>();
                for (int i = 0; i < ownerProps.size(); i++) {
                    k.add(ownerProps.get(i).column().type().coerce(row.get(keyAt.get(i))));
                }
                for (Object o : ownersByKey.getOrDefault(k, List.of())) {
                    List<Object> items = out.computeIfAbsent(o, x -> new ArrayList<>());
                    // with joins below, one related object comes in several (adjacent) rows
                    if (nested.isEmpty() || items.isEmpty() || items.get(items.size() - 1) != child) {
                        items.add(child);
                    }
                }
            }
        }
        h.fill();
        return out;
    }
}
