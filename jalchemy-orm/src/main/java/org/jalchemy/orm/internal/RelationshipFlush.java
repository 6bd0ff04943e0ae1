package org.jalchemy.orm.internal;

import static org.jalchemy.Sql.bindparam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jalchemy.orm.ObjectState;
import org.jalchemy.orm.exc.FlushError;
import org.jalchemy.schema.Column;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Delete;
import org.jalchemy.sql.Insert;

/**
 * What relationships add to a flush: cascading saves and deletes, orphans, copying keys into foreign-key fields
 * (before each INSERT and again once every INSERT is done, when generated keys are known), and the INSERTs and
 * DELETEs of association-table rows of many-to-many collections.
 */
public final class RelationshipFlush {
    private final SessionAccess access;
    /** For each child in a loaded one-to-many collection: its owners and the relationship. */
    private final Map<Object, List<Membership>> memberships = new IdentityHashMap<>();

    /** For each pending row: the pending rows to insert before it. */
    private final Map<Object, List<RowOrder.Dep>> insertDeps = new IdentityHashMap<>();
    /** For each row to delete: the rows to delete before it. */
    private final Map<Object, List<RowOrder.Dep>> deleteDeps = new IdentityHashMap<>();
    private final PostUpdates postUpdates;

    private record Membership(Object owner, RelationshipProperty property) {
    }

    /** The flush work of one Session. */
    public RelationshipFlush(SessionAccess access) {
        this.access = access;
        this.postUpdates = new PostUpdates(access);
    }

    private static boolean isNew(Object obj) {
        InstanceState st = StateRegistry.get(obj);
        return st == null || st.session == null;
    }

    /** Cascades, orphans and foreign-key copying that can be done before any statement; run before the flush decides what to write. */
    public void beforeFlush() {
        if (!anyRelationships()) {
            // no attached class maps a relationship (plain bulk inserts): nothing to cascade, sync or order
            memberships.clear();
            insertDeps.clear();
            deleteDeps.clear();
            postUpdates.clear();
            return;
        }
        cascadeSaves();
        scalarBackPopulates();
        cascadeDeletes();
        orphans();
        memberships.clear();
        for (Map.Entry<Object, InstanceState> e : new ArrayList<>(access.attached().entrySet())) {
            InstanceState st = e.getValue();
            if (st.status != ObjectState.PENDING && st.status != ObjectState.PERSISTENT || st.markedDeleted) {
                continue;
            }
            for (RelationshipProperty r : st.mapper().relationships()) {
                if (r.viewOnly() || r.direction() != RelationshipProperty.Direction.ONE_TO_MANY) {
                    continue;
                }
                for (Object child : current(e.getKey(), r)) {
                    memberships.computeIfAbsent(child, k -> new ArrayList<>()).add(new Membership(e.getKey(), r));
                }
            }
        }
        for (Map.Entry<Object, InstanceState> e : new ArrayList<>(access.attached().entrySet())) {
            if (e.getValue().status == ObjectState.PERSISTENT) {
                syncChild(e.getKey(), e.getValue());
            }
        }
        planOrder();
    }

    /** Whether the class of some attached object maps a relationship (scanning values allocates nothing per object). */
    private boolean anyRelationships() {
        for (InstanceState st : access.attached().values()) {
            if (!st.mapper().relationships().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds which rows must be written before which (postUpdate relationships left out) and raises now, before any
     * statement, when rows depend on each other in a cycle.
     */
    private void planOrder() {
        insertDeps.clear();
        deleteDeps.clear();
        postUpdates.clear();
        List<Object> pending = new ArrayList<>();
        List<Object> deleted = new ArrayList<>();
        for (Map.Entry<Object, InstanceState> e : access.attached().entrySet()) {
            InstanceState st = e.getValue();
            if (st.status == ObjectState.PENDING) {
                List<RowOrder.Dep> deps = insertDeps(e.getKey(), st);
                if (!deps.isEmpty()) {
                    insertDeps.put(e.getKey(), deps);
                }
                pending.add(e.getKey());
            } else if (st.status == ObjectState.PERSISTENT && st.markedDeleted) {
                deleted.add(e.getKey());
            }
        }
        for (Object obj : deleted) {
            addDeleteDeps(obj, StateRegistry.get(obj));
        }
        RowOrder.sort(pending, x -> x, insertDeps, "INSERT");
        RowOrder.sort(deleted, x -> x, deleteDeps, "DELETE");
    }

    /** The INSERTs in an order where each row follows the rows whose keys it needs (else in the given order). */
    public List<UnitOfWork.Entry> orderInserts(List<UnitOfWork.Entry> inserts) {
        return RowOrder.sort(inserts, UnitOfWork.Entry::obj, insertDeps, "INSERT");
    }

    /** The DELETEs in an order where each row comes before the rows it refers to (else in the given order). */
    public List<UnitOfWork.Entry> orderDeletes(List<UnitOfWork.Entry> deletes) {
        return RowOrder.sort(deletes, UnitOfWork.Entry::obj, deleteDeps, "DELETE");
    }

    /** Before the DELETEs: postUpdate foreign keys of rows to delete are set to NULL. */
    public void beforeDeletes() {
        if (!anyRelationships()) {
            return;
        }
        postUpdates.beforeDeletes();
    }

    /** Whether {@code obj}'s foreign keys need the key of an object among {@code batch} (not inserted yet). */
    public boolean dependsOn(Object obj, Set<Object> batch) {
        for (RowOrder.Dep d : insertDeps.getOrDefault(obj, List.of())) {
            InstanceState ps = StateRegistry.get(d.before());
            // a parent inserted already cannot be in the batch: skip scanning it (large batches of children)
            if (ps != null && ps.status == ObjectState.PENDING && batch.contains(d.before())) {
                return true;
            }
        }
        return false;
    }

    /** The pending rows that must be inserted before {@code child}: its many-to-one parents and collection owners. */
    private List<RowOrder.Dep> insertDeps(Object child, InstanceState st) {
        List<RowOrder.Dep> out = new ArrayList<>();
        for (RelationshipProperty r : st.mapper().relationships()) {
            if (!r.viewOnly() && r.direction() == RelationshipProperty.Direction.MANY_TO_ONE && !r.postUpdate()
                    && r.get(child) != null) {
                addIfPending(out, child, r.get(child), r);
            }
        }
        for (Membership m : memberships.getOrDefault(child, List.of())) {
            if (!m.property().postUpdate()) {
                addIfPending(out, child, m.owner(), m.property());
            }
        }
        return out;
    }

    private static void addIfPending(List<RowOrder.Dep> out, Object child, Object parent, RelationshipProperty r) {
        InstanceState ps = StateRegistry.get(parent);
        if (ps == null || ps.status != ObjectState.PENDING) {
            return;
        }
        if (parent == child && Relationships.parentValues(parent, r) != null) {
            return;                                   // a row may refer to its own key when that key is assigned
        }
        out.add(new RowOrder.Dep(parent, r));
    }

    /** Records that deleted rows referring to {@code obj} (deleted too) must be deleted before it. */
    private void addDeleteDeps(Object obj, InstanceState st) {
        for (RelationshipProperty r : st.mapper().relationships()) {
            if (r.viewOnly() || r.postUpdate()) {
                continue;
            }
            if (r.direction() == RelationshipProperty.Direction.MANY_TO_ONE) {
                for (Object parent : new Object[] {r.get(obj), st.relationshipSnapshot.get(r)}) {
                    if (parent != null && parent != obj && isDeleted(parent)) {
                        addDep(deleteDeps, parent, obj, r);
                    }
                }
            } else if (r.direction() == RelationshipProperty.Direction.ONE_TO_MANY) {
                List<Object> children = new ArrayList<>(current(obj, r));
                Object before = st.relationshipSnapshot.get(r);
                if (before instanceof List<?> l) {
                    children.addAll(l);
                } else if (before != null) {
                    children.add(before);
                }
                for (Object child : children) {
                    if (child != obj && isDeleted(child)) {
                        addDep(deleteDeps, obj, child, r);
                    }
                }
            }
        }
    }

    private static void addDep(Map<Object, List<RowOrder.Dep>> deps, Object row, Object before, RelationshipProperty r) {
        List<RowOrder.Dep> list = deps.computeIfAbsent(row, k -> new ArrayList<>());
        if (list.stream().noneMatch(d -> d.before() == before)) {
            list.add(new RowOrder.Dep(before, r));
        }
    }

    private boolean isDeleted(Object obj) {
        InstanceState st = access.attached().get(obj);
        return st != null && st.status == ObjectState.PERSISTENT && st.markedDeleted;
    }

    /** The loaded elements of a collection (or the one object of a scalar), without loading. */
    private static List<Object> current(Object owner, RelationshipProperty r) {
        Object v = r.get(owner);
        if (r.isCollection()) {
            return Relationships.loadedElements(v);
        }
        return v == null ? List.of() : List.of(v);
    }

    /** Adds to the Session the new objects reachable from {@code obj} through save-update cascades. */
    public void cascadeAdd(Object obj) {
        InstanceState st = StateRegistry.get(obj);
        if (st == null) {
            return;
        }
        adoptCollections(obj, st);
        for (RelationshipProperty r : st.mapper().relationships()) {
            if (!r.cascades(Cascade.SAVE_UPDATE)) {
                continue;
            }
            for (Object child : current(obj, r)) {
                if (child != null && isNew(child)) {
                    access.add(child);
                }
            }
        }
        syncManyToOnes(obj, st);
    }

    /**
     * Puts JAlchemy collections into collection fields that hold the user's own (a new object's {@code ArrayList},
     * or a collection replaced wholesale): its elements become the contents. For a persistent object whose
     * collection was never loaded, the database contents are loaded first, so the flush knows what was removed.
     */
    private void adoptCollections(Object obj, InstanceState st) {
        for (RelationshipProperty r : st.mapper().relationships()) {
            if (!r.isCollection() || WriteOnlyList.install(obj, st, r)) {
                continue;
            }
            Object v = r.get(obj);
            if (v instanceof TrackedCollection tc && tc.state().owner == obj) {
                if (tc.state().early) {
                    // from Tracked.collections: kept, and from now on the Session's like any other (its relationship
                    // is the Session's Registry's, not the one the class's annotations gave it)
                    tc.state().early = false;
                    tc.state().property = r;
                    if (st.status == ObjectState.PENDING) {
                        st.relationshipSnapshot.putIfAbsent(r, new ArrayList<>());
                    }
                }
                continue;
            }
            if (st.status == ObjectState.PERSISTENT && v != null && !st.relationshipSnapshot.containsKey(r)) {
                Relationships.snapshotCollection(st, r, Loaders.loadCollection(access, obj, r));
            }
            TrackedCollection tc = r.isSet() ? new TrackedSet(obj, r, true) : new TrackedList(obj, r, true);
            if (v instanceof java.util.Collection<?> c) {
                tc.raw().addAll(c);
            } else if (st.status == ObjectState.PERSISTENT) {
                tc.state().loaded = false;            // a null field of a persistent object: load on access
            }
            r.set(obj, tc);
            if (st.status == ObjectState.PENDING) {
                st.relationshipSnapshot.putIfAbsent(r, new ArrayList<>());
            }
            for (Object child : tc.isLoaded() ? new ArrayList<>(tc.raw()) : List.<Object>of()) {
                tc.state().added(child);
            }
        }
    }

    /** Whether a loaded many-to-many collection differs from its snapshot (association rows to write). */
    public boolean hasChanges() {
        for (Map.Entry<Object, InstanceState> e : access.attached().entrySet()) {
            InstanceState st = e.getValue();
            if (st.status != ObjectState.PERSISTENT) {
                continue;
            }
            for (RelationshipProperty r : st.mapper().relationships()) {
                if (r.viewOnly() || r.direction() != RelationshipProperty.Direction.MANY_TO_MANY
                        || !Relationships.isLoaded(r.get(e.getKey())) || !st.relationshipSnapshot.containsKey(r)) {
                    continue;
                }
                List<?> old = (List<?>) st.relationshipSnapshot.get(r);
                List<Object> now = current(e.getKey(), r);
                if (old.size() != now.size() || now.stream().anyMatch(x -> old.stream().noneMatch(y -> y == x))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void cascadeSaves() {
        List<Object> work = new ArrayList<>(access.attached().keySet());
        // in the order objects joined the Session, not identity-hash order: new children get their INSERT order here
        work.sort(java.util.Comparator.comparingLong(o -> access.attached().get(o).addOrder));
        for (int i = 0; i < work.size(); i++) {
            Object obj = work.get(i);
            InstanceState st = StateRegistry.get(obj);
            if (st == null || st.markedDeleted) {
                continue;
            }
            adoptCollections(obj, st);
            for (RelationshipProperty r : st.mapper().relationships()) {
                if (!r.cascades(Cascade.SAVE_UPDATE)) {
                    continue;
                }
                for (Object child : current(obj, r)) {
                    if (child != null && isNew(child)) {
                        access.add(child);
                        work.add(child);
                    }
                }
            }
        }
    }

    private void cascadeDeletes() {
        List<Object> work = new ArrayList<>();
        for (Map.Entry<Object, InstanceState> e : access.attached().entrySet()) {
            if (e.getValue().markedDeleted) {
                work.add(e.getKey());
            }
        }
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < work.size(); i++) {
            Object obj = work.get(i);
            if (!seen.add(obj)) {
                continue;
            }
            InstanceState st = StateRegistry.get(obj);
            for (RelationshipProperty r : st.mapper().relationships()) {
                if (r.viewOnly() || r.direction() == RelationshipProperty.Direction.MANY_TO_ONE && !r.cascades(Cascade.DELETE)) {
                    continue;
                }
                Object v = r.get(obj);
                WriteOnlyList<?> writeOnly = v instanceof WriteOnlyList<?> w ? w : null;
                boolean unloaded = r.isCollection() && (!Relationships.isLoaded(v) || writeOnly != null);
                if (r.direction() == RelationshipProperty.Direction.MANY_TO_MANY) {
                    if (writeOnly != null) {
                        writeOnly.everything(access);   // every association row of the owner goes
                    } else if (unloaded) {
                        ((java.util.Collection<?>) v).size();   // load it: its association rows are deleted
                    }
                    continue;
                }
                if (unloaded && r.passiveDeletes()) {
                    continue;
                }
                List<Object> children = writeOnly != null ? writeOnly.everything(access)
                        : r.isCollection() ? new ArrayList<>((java.util.Collection<?>) v) : current(obj, r);
                for (Object child : children) {
                    InstanceState cs = StateRegistry.get(child);
                    if (cs == null || cs.session == null) {
                        continue;
                    }
                    if (r.cascades(Cascade.DELETE)) {
                        access.delete(child);
                        work.add(child);
                    } else if (!r.passiveDeletes() && !cs.markedDeleted) {
                        // the parent row goes away: its children no longer point at it
                        blankOut(child, r, "Deleting " + RowOrder.describe(obj));
                    }
                }
            }
        }
    }

    /**
     * A many-to-one field cannot be intercepted when assigned: the reverse collections are brought in step here, at the
     * flush, instead of at the assignment.
     */
    private void scalarBackPopulates() {
        for (Map.Entry<Object, InstanceState> e : new ArrayList<>(access.attached().entrySet())) {
            syncManyToOnes(e.getKey(), e.getValue());
        }
    }

    /**
     * Brings the reverse collections in step with {@code obj}'s many-to-one fields (run by {@code session.add} and by
     * every flush): {@code obj} leaves the loaded collection of the parent it had when last loaded or flushed and joins
     * the current parent's (a loaded JAlchemy collection, or the parent's own collection before it was added).
     */
    public void backPopulate(Object obj) {
        InstanceState st = StateRegistry.get(obj);
        if (st != null) {
            syncManyToOnes(obj, st);
        }
    }

    private static void syncManyToOnes(Object child, InstanceState st) {
        for (RelationshipProperty r : st.mapper().relationships()) {
            RelationshipProperty rev = r.reverse();
            if (r.isCollection() || rev == null || rev.isCollection() && r.direction() != RelationshipProperty.Direction.MANY_TO_ONE) {
                continue;
            }
            Object now = r.get(child);
            Object before = st.relationshipSnapshot.containsKey(r) ? st.relationshipSnapshot.get(r) : null;
            if (now == before) {
                continue;                                  // not assigned since it was last loaded or flushed
            }
            if (!rev.isCollection()) {
                // one-to-one: the old partner lets go of this object; the new one's empty reverse field is filled (one
                // pointing at a third object is the user's to change)
                if (before != null && rev.get(before) == child) {
                    rev.set(before, null);
                }
                if (now != null && rev.get(now) == null) {
                    rev.set(now, child);
                }
                continue;
            }
            if (before != null && rev.get(before) instanceof TrackedCollection tc && tc.isLoaded()) {
                tc.rawRemove(child);
            }
            Relationships.appendToReverse(child, r, now);
        }
    }

    /** Whether {@code child}, removed from {@code owner}'s collection, now belongs to another owner (so is no orphan). */
    private boolean hasOtherOwner(Object child, Object owner, RelationshipProperty r) {
        RelationshipProperty rev = r.reverse();
        if (rev != null && !rev.isCollection() && rev.get(child) != null && rev.get(child) != owner) {
            return true;
        }
        for (Map.Entry<Object, InstanceState> e : access.attached().entrySet()) {
            if (e.getKey() != owner && e.getValue().mapper().relationships().contains(r)
                    && current(e.getKey(), r).stream().anyMatch(x -> x == child)) {
                return true;
            }
        }
        return false;
    }

    private void orphans() {
        for (Map.Entry<Object, InstanceState> e : new ArrayList<>(access.attached().entrySet())) {
            Object owner = e.getKey();
            InstanceState st = e.getValue();
            if (st.status != ObjectState.PERSISTENT || st.markedDeleted) {
                continue;
            }
            for (RelationshipProperty r : st.mapper().relationships()) {
                if (r.viewOnly() || r.direction() != RelationshipProperty.Direction.ONE_TO_MANY
                        || !st.relationshipSnapshot.containsKey(r) || !Relationships.isLoaded(r.get(owner))) {
                    continue;
                }
                Object before = st.relationshipSnapshot.get(r);
                List<Object> old = before instanceof List<?> l ? new ArrayList<>(l) : before == null ? List.of() : List.of(before);
                List<Object> now = current(owner, r);
                for (Object child : old) {
                    if (now.stream().anyMatch(x -> x == child)) {
                        continue;
                    }
                    InstanceState cs = StateRegistry.get(child);
                    if (cs == null || cs.session == null || cs.markedDeleted) {
                        continue;
                    }
                    if (r.cascades(Cascade.DELETE_ORPHAN) && !hasOtherOwner(child, owner, r)) {
                        access.delete(child);
                    } else if (pointsAt(child, owner, r)) {
                        blankOut(child, r, "Removing " + RowOrder.describe(child) + " from " + r + " of " + RowOrder.describe(owner));
                    }
                }
            }
        }
    }

    /**
     * Sets {@code child}'s foreign key of one-to-many {@code r} to NULL; refuses when that key is part of the child's
     * primary key (an association object), which only deleting the child can satisfy.
     */
    private static void blankOut(Object child, RelationshipProperty r, String what) {
        for (RelationshipProperty.Pair p : r.pairs()) {
            if (p.child().column().isPrimaryKey()) {
                String type = child.getClass().getSimpleName();
                throw new FlushError(what + " would set " + r.target().table().name() + "." + p.child().column().name() + " of "
                        + RowOrder.describe(child) + " to NULL, but that column is part of the primary key of " + type
                        + "; give " + r + " cascade = \"all, delete-orphan\" or delete the " + type + " objects first");
            }
        }
        for (RelationshipProperty.Pair p : r.pairs()) {
            p.child().set(child, null);
        }
    }

    private static boolean pointsAt(Object child, Object owner, RelationshipProperty r) {
        for (RelationshipProperty.Pair p : r.pairs()) {
            Object fk = p.child().get(child);
            Object pk = p.parent().get(owner);
            if (fk == null || !ColumnProperty.same(p.parent().column().type().coerce(fk), pk)) {
                return false;
            }
        }
        return true;
    }

    /** Copies keys into {@code child}'s foreign-key fields: from its many-to-one parents and the owners of collections holding it. */
    public void syncChild(Object child, InstanceState st) {
        if (st.markedDeleted) {
            return;
        }
        for (RelationshipProperty r : st.mapper().relationships()) {
            if (r.viewOnly() || r.direction() != RelationshipProperty.Direction.MANY_TO_ONE) {
                continue;
            }
            Object parent = r.get(child);
            boolean known = st.relationshipSnapshot.containsKey(r);
            Object before = st.relationshipSnapshot.get(r);
            if (parent != null) {
                if (r.postUpdate() && st.status == ObjectState.PENDING) {
                    postUpdates.defer(child, r, parent);
                } else if (!known || before != parent || st.status == ObjectState.PENDING) {
                    copyKey(parent, child, r);
                }
            } else if (known && before != null) {
                for (RelationshipProperty.Pair p : r.pairs()) {
                    p.child().set(child, null);
                }
            }
        }
        for (Membership m : memberships.getOrDefault(child, List.of())) {
            if (m.property().postUpdate() && st.status == ObjectState.PENDING) {
                postUpdates.defer(child, m.property(), m.owner());
            } else if (st.status == ObjectState.PENDING || !isUnchanged(m, child)) {
                copyKey(m.owner(), child, m.property());
            }
        }
    }

    /**
     * Whether {@code child} was in the owner's collection already when it was last loaded or flushed, and the owner's
     * key is unchanged: then the collection says nothing new, and the child's own foreign key (perhaps changed) wins.
     */
    private boolean isUnchanged(Membership m, Object child) {
        InstanceState os = StateRegistry.get(m.owner());
        RelationshipProperty r = m.property();
        if (os == null || os.status != ObjectState.PERSISTENT || os.diffBase() == null || !os.relationshipSnapshot.containsKey(r)
                || !(os.relationshipSnapshot.get(r) instanceof List<?> before) || before.stream().noneMatch(x -> x == child)) {
            return false;
        }
        for (RelationshipProperty.Pair p : r.pairs()) {
            if (!ColumnProperty.same(p.parent().get(m.owner()), os.diffBase()[p.parent().index()])) {
                return false;
            }
        }
        return true;
    }

    private static void copyKey(Object parent, Object child, RelationshipProperty r) {
        for (RelationshipProperty.Pair p : r.pairs()) {
            Object v = p.parent().get(parent);
            if (v != null && !ColumnProperty.same(v, p.child().get(child))) {
                p.child().set(child, p.child().column().type().coerce(v));
            }
        }
    }

    /** Before the INSERT of {@code obj}: its foreign keys from parents inserted earlier in this flush. */
    public void beforeInsert(Object obj) {
        InstanceState st = StateRegistry.get(obj);
        if (st != null) {
            syncChild(obj, st);
        }
    }

    /** Once every INSERT is done: foreign keys of persistent children of new parents, then association rows. */
    public void afterInserts() {
        if (!anyRelationships()) {
            return;
        }
        for (Map.Entry<Object, InstanceState> e : new ArrayList<>(access.attached().entrySet())) {
            if (e.getValue().status == ObjectState.PERSISTENT) {
                syncChild(e.getKey(), e.getValue());
            }
        }
        postUpdates.afterInserts();
        associationRows();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void associationRows() {
        Map<org.jalchemy.schema.Table, Set<List<Object>>> inserts = new LinkedHashMap<>();
        Map<org.jalchemy.schema.Table, Set<List<Object>>> deletes = new LinkedHashMap<>();
        Map<org.jalchemy.schema.Table, List<Column<Object>>> columns = new LinkedHashMap<>();
        for (Map.Entry<Object, InstanceState> e : new ArrayList<>(access.attached().entrySet())) {
            Object owner = e.getKey();
            InstanceState st = e.getValue();
            if (st.status != ObjectState.PERSISTENT) {
                continue;
            }
            for (RelationshipProperty r : st.mapper().relationships()) {
                if (r.viewOnly() || r.direction() != RelationshipProperty.Direction.MANY_TO_MANY
                        || !Relationships.isLoaded(r.get(owner))) {
                    continue;
                }
                Object before = st.relationshipSnapshot.get(r);
                List<Object> old = before instanceof List<?> l ? (List<Object>) l : List.of();
                List<Object> now = st.markedDeleted ? List.of() : current(owner, r);
                List<Column<Object>> cols = new ArrayList<>();
                for (RelationshipProperty.SecondaryPair p : r.localPairs()) {
                    cols.add(p.column());
                }
                for (RelationshipProperty.SecondaryPair p : r.targetPairs()) {
                    cols.add(p.column());
                }
                // one canonical column order per table, so both sides of a bidirectional pair produce equal rows
                List<Column<Object>> canonical = columns.computeIfAbsent(r.secondary(), t -> sorted(cols));
                for (Object t : now) {
                    if (old.stream().noneMatch(x -> x == t)) {
                        inserts.computeIfAbsent(r.secondary(), k -> new LinkedHashSet<>()).add(row(owner, t, r, canonical));
                    }
                }
                for (Object t : old) {
                    if (now.stream().noneMatch(x -> x == t)) {
                        deletes.computeIfAbsent(r.secondary(), k -> new LinkedHashSet<>()).add(row(owner, t, r, canonical));
                    }
                }
            }
        }
        for (Map.Entry<org.jalchemy.schema.Table, Set<List<Object>>> d : deletes.entrySet()) {
            List<Column<Object>> cols = columns.get(d.getKey());
            List<ColumnElement<Boolean>> where = new ArrayList<>();
            for (Column<Object> c : cols) {
                where.add(c.eq(bindparam("w_" + c.name(), c.type())));
            }
            List<Map<String, Object>> params = new ArrayList<>();
            for (List<Object> row : d.getValue()) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < cols.size(); i++) {
                    m.put("w_" + cols.get(i).name(), row.get(i));
                }
                params.add(m);
            }
            access.connection().execute(Delete.from(d.getKey()).where(where.toArray(new ColumnElement[0])), params);
        }
        for (Map.Entry<org.jalchemy.schema.Table, Set<List<Object>>> ins : inserts.entrySet()) {
            List<Column<Object>> cols = columns.get(ins.getKey());
            List<Map<String, Object>> params = new ArrayList<>();
            for (List<Object> row : ins.getValue()) {
                if (deletes.getOrDefault(ins.getKey(), Set.of()).contains(row)) {
                    continue;
                }
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < cols.size(); i++) {
                    m.put(cols.get(i).name(), row.get(i));
                }
                params.add(m);
            }
            if (!params.isEmpty()) {
                access.connection().execute(Insert.into(ins.getKey()), params);
            }
        }
    }

    private static List<Column<Object>> sorted(List<Column<Object>> cols) {
        List<Column<Object>> out = new ArrayList<>(cols);
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return out;
    }

    private static List<Object> row(Object owner, Object target, RelationshipProperty r, List<Column<Object>> canonical) {
        Map<Column<Object>, Object> values = new IdentityHashMap<>();
        for (RelationshipProperty.SecondaryPair p : r.localPairs()) {
            values.put(p.column(), p.property().get(owner));
        }
        for (RelationshipProperty.SecondaryPair p : r.targetPairs()) {
            values.put(p.column(), p.property().get(target));
        }
        List<Object> out = new ArrayList<>();
        for (Column<Object> c : canonical) {
            out.add(values.get(c));
        }
        return out;
    }

    /** After a successful flush: every loaded relationship value becomes its snapshot. */
    public void afterFlush() {
        if (!anyRelationships()) {
            return;
        }
        for (Map.Entry<Object, InstanceState> e : access.attached().entrySet()) {
            if (e.getValue().status == ObjectState.PERSISTENT) {
                Relationships.snapshotAll(e.getKey(), e.getValue());
            }
        }
    }
}
