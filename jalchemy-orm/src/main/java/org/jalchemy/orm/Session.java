package org.jalchemy.orm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Result;
import org.jalchemy.engine.Row;
import org.jalchemy.engine.TransactionIntent;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.exc.ObjectDeletedError;
import org.jalchemy.orm.exc.PendingRollbackError;
import org.jalchemy.orm.exc.UnmappedClassError;
import org.jalchemy.orm.internal.ColumnProperty;
import org.jalchemy.orm.internal.FlushHook;
import org.jalchemy.orm.internal.IdentityKey;
import org.jalchemy.orm.internal.InstanceState;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.orm.internal.StateRegistry;
import org.jalchemy.orm.internal.UnitOfWork;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Executable;
import org.jalchemy.sql.Select;

/**
 * A unit of work with an identity map: objects added or loaded here are tracked, and {@link #flush()} (run by
 * {@link #commit()}, and automatically before queries) writes their changes as INSERT / UPDATE / DELETE.
 * <pre>{@code
 * try (Session session = sessions.open()) {
 *     session.add(new User("alice", "alice@example.com"));
 *     session.commit();
 *     User same = session.get(User.class, 1);      // one object per row per Session
 * }
 * }</pre>
 * A transaction begins with the first statement and ends with {@link #commit()} or {@link #rollback()}.
 * Without bytecode enhancement the Session sees a change only by comparing an object's fields with their
 * loaded values, and reloads an expired object only when the Session touches it ({@code get}, a query
 * returning it, {@code refresh}). Not thread-safe: one Session per thread.
 */
public final class Session implements AutoCloseable {
    private final SessionFactory factory;
    private final Map<Object, InstanceState> attached = new IdentityHashMap<>();
    private final Map<IdentityKey, Object> identityMap = new HashMap<>();
    private Connection conn;
    /** Set by a failed flush or COMMIT: every use raises PendingRollbackError until rollback(). */
    private PendingRollback pendingRollback;
    /** The open savepoints of {@link #beginNested()}, innermost first. */
    private final java.util.Deque<NestedTransaction> nestedTransactions = new java.util.ArrayDeque<>();
    private long order;
    private final org.jalchemy.orm.internal.SessionAccess access = new Access();
    private final org.jalchemy.orm.internal.RelationshipFlush relationships = new org.jalchemy.orm.internal.RelationshipFlush(access);
    private boolean flushing;
    /**
     * Whether the ORM wrote in the current transaction (a flush sent SQL, or a bulk statement ran): only then do the
     * objects' snapshots hold values a rollback undoes, which close() must then expire.
     */
    private boolean wroteInTransaction;
    private boolean closing;
    /** Whether an autoflush has anything to do, found without planning a flush. */
    private final org.jalchemy.orm.internal.AutoflushCheck autoflushCheck = new org.jalchemy.orm.internal.AutoflushCheck();

    Session(SessionFactory factory) {
        this.factory = factory;
    }

    /** What relationship loading and flushing use of this Session. */
    private final class Access implements org.jalchemy.orm.internal.SessionAccess {
        @Override public Connection connection() { return Session.this.connection(); }

        @Override public Object load(Mapper m, Row row, int offset) { return Session.this.load(m, row, offset); }

        @Override public Object identity(IdentityKey key) {
            Object obj = identityMap.get(key);
            InstanceState st = obj == null ? null : attached.get(obj);
            return st == null || st.status != ObjectState.PERSISTENT ? null : obj;
        }

        @Override public void add(Object obj) { Session.this.add(obj); }

        @Override public void delete(Object obj) { Session.this.delete(obj); }

        @Override public Map<Object, InstanceState> attached() { return attached; }

        @Override public void autoflush() {
            if (!flushing) {
                Session.this.autoflush();
            }
        }

        @Override public void autoflush(org.jalchemy.orm.internal.RelationshipProperty r) {
            if (factory.autoflush() && !flushing) {
                checkUsable();
                if (autoflushCheck.mayHaveWorkFor(attached, r, factory.lazyLoadAutoflush() == LazyLoadAutoflush.COMPARE)) {
                    flush();
                }
            }
        }

        @Override public void collectionChanged() { autoflushCheck.queued(); }

        @Override public boolean raiseOnLazyLoad() { return factory.raiseOnLazyLoad(); }

        @Override public boolean warnOnLazyLoad() { return factory.warnOnLazyLoad(); }
    }

    /** Records that a bulk ORM statement wrote in the current transaction (objects' snapshots may follow it). */
    void markWritten() {
        wroteInTransaction = true;
    }

    /** The factory this Session came from. */
    public SessionFactory factory() { return factory; }

    // ---- mapping look-ups

    Mapper mapper(Class<?> type) {
        return factory.resolution().mapper(type);
    }

    /** How this Session's statements resolve classes, metamodel attributes and ORM selects. */
    Resolution resolution() {
        return factory.resolution();
    }

    private InstanceState ownState(Object obj, String what) {
        if (obj == null) {
            throw new ArgumentError(what + "() needs an object, got null");
        }
        InstanceState st = StateRegistry.get(obj);
        if (st == null || st.session != access) {
            throw new InvalidRequestError(what + "(): instance " + describe(obj, st) + " is not " 
                    + (st != null && st.session != null ? "in this Session (it belongs to another)" : "in this Session"));
        }
        return st;
    }

    private static String describe(Object obj, InstanceState st) {
        return obj.getClass().getSimpleName() + (st != null && st.key != null ? st.key.values().toString() : "@" + Integer.toHexString(System.identityHashCode(obj)));
    }

    // ---- adding and removing objects

    /**
     * Adds a new object (pending: inserted by the next flush) or re-attaches a detached one (persistent), with the new
     * objects reachable through save-update cascades. Both sides of bidirectional relationships are brought in step
     * (see docs/orm-relationships.md). Adding an object already here only does that; adding one marked for deletion
     * cancels the deletion.
     *
     * @throws InvalidRequestError when the object belongs to another Session, or another object with its key is here
     */
    public void add(Object obj) {
        if (obj == null) {
            throw new ArgumentError("add() needs an object, got null");
        }
        Mapper m = mapper(obj.getClass());
        InstanceState st = StateRegistry.get(obj);
        if (st != null && st.session != null && st.session != access) {
            throw new InvalidRequestError("Instance " + describe(obj, st) + " is already attached to another Session; "
                    + "expunge() it there or merge() it into this one");
        }
        autoflushCheck.queued();
        if (st != null && st.session == access) {
            st.markedDeleted = false;
            relationships.backPopulate(obj);
            return;
        }
        if (st == null || st.status == ObjectState.TRANSIENT) {
            if (m.isRecord()) {
                requireAssignedKey(m, obj);
            }
            st = new InstanceState(m);
            st.status = ObjectState.PENDING;
        } else {
            Object other = identityMap.get(st.key);
            if (other != null && other != obj) {
                throw new InvalidRequestError("Cannot attach instance " + describe(obj, st) + ": another instance with key "
                        + st.key + " is already in this Session; use merge()");
            }
            st.status = ObjectState.PERSISTENT;
            identityMap.put(st.key, obj);
        }
        attach(obj, st);
        relationships.cascadeAdd(obj);
    }

    /** A record cannot be given a key after construction, so a key the database would generate is refused up front. */
    private static void requireAssignedKey(Mapper m, Object obj) {
        for (ColumnProperty p : m.primaryKey()) {
            if (p.get(obj) == null || (m.generatesKey() && p.isUnset(obj))) {
                throw new InvalidRequestError("Cannot add record " + m.type().getName() + " without a value for its key field '"
                        + p.fieldName() + "': a record is immutable, so it cannot receive a key generated by the database; "
                        + "assign the key when constructing it (application-assigned, a UUID, or a Sequence value fetched first)");
            }
        }
    }

    /**
     * Puts {@code fresh} (a record holding {@code snapshot}'s or newer values) in the place of record {@code old}: it
     * takes over the state and the identity-map entry; {@code old} leaves the Session.
     */
    private Object replaceRecord(Object old, InstanceState st, Object fresh, Object[] snapshot) {
        InstanceState ns = new InstanceState(st.mapper());
        ObjectState status = st.status;
        ns.key = st.key;
        ns.snapshot = snapshot;
        ns.markedDeleted = st.markedDeleted;
        ns.insertedInTransaction = st.insertedInTransaction;
        ns.keyGenerated = st.keyGenerated;
        if (status == ObjectState.PENDING) {
            makeTransient(old, st);
        } else {
            detach(old, st);
        }
        ns.status = status;
        attach(fresh, ns);
        ns.addOrder = st.addOrder;
        if (status == ObjectState.PERSISTENT) {
            identityMap.put(ns.key, fresh);
        }
        org.jalchemy.orm.internal.RecordReferences.replace(attached, old, fresh);
        return fresh;
    }

    /**
     * Applies a freshly loaded row to a persistent object (see {@link InstanceState#applyLoaded}) and returns the
     * object now in the identity map: a record whose row changed is replaced by a new instance holding the row.
     */
    Object applyLoaded(Object obj, InstanceState st, Object[] values, boolean overwriteAll) {
        Mapper m = st.mapper();
        if (!m.isRecord()) {
            st.applyLoaded(obj, values, overwriteAll);
            return obj;
        }
        Object[] current = m.values(obj);
        for (int i = 0; i < current.length; i++) {
            if (!ColumnProperty.same(current[i], values[i])) {
                return replaceRecord(obj, st, m.instantiate(values), values);
            }
        }
        st.snapshot = values;
        st.expired = false;
        st.expiredValues = null;
        return obj;
    }

    private void attach(Object obj, InstanceState st) {
        st.session = access;
        st.addOrder = ++order;
        attached.put(obj, st);
        StateRegistry.put(obj, st);
    }

    /** Adds every object, in order. */
    public void addAll(Iterable<?> objects) {
        for (Object o : objects) {
            add(o);
        }
    }

    /**
     * Marks a persistent object for deletion by the next flush; a pending object is simply removed (never inserted).
     * A detached object is attached first.
     */
    public void delete(Object obj) {
        if (obj == null) {
            throw new ArgumentError("delete() needs an object, got null");
        }
        autoflushCheck.queued();
        InstanceState st = StateRegistry.get(obj);
        if (st != null && st.session == null && st.status == ObjectState.DETACHED) {
            add(obj);
        } else if (st == null || st.session != access) {
            throw new InvalidRequestError("delete(): instance " + describe(obj, st) + " is not persisted in this Session"
                    + (st != null && st.session != null ? " (it belongs to another Session)" : ""));
        }
        switch (st.status) {
            case PENDING -> makeTransient(obj, st);
            case PERSISTENT -> st.markedDeleted = true;
            default -> { }
        }
    }

    /** Removes an object from this Session without touching the database: pending becomes transient, persistent detached. */
    public void expunge(Object obj) {
        InstanceState st = ownState(obj, "expunge");
        if (st.status == ObjectState.PENDING) {
            makeTransient(obj, st);
        } else {
            detach(obj, st);
        }
        // the expunge cascade: loaded related objects still in this Session follow
        for (org.jalchemy.orm.internal.RelationshipProperty r : st.mapper().relationships()) {
            if (r.cascades(org.jalchemy.orm.internal.Cascade.EXPUNGE)) {
                Object v = r.get(obj);
                List<Object> related = r.isCollection() ? org.jalchemy.orm.internal.Relationships.loadedElements(v)
                        : v == null ? List.of() : List.of(v);
                for (Object o : related) {
                    if (contains(o)) {
                        expunge(o);
                    }
                }
            }
        }
    }

    /** Removes every object from this Session (as {@link #expunge} does), keeping the transaction. */
    public void expungeAll() {
        for (Map.Entry<Object, InstanceState> e : new ArrayList<>(attached.entrySet())) {
            expunge(e.getKey());
        }
    }

    private void makeTransient(Object obj, InstanceState st) {
        attached.remove(obj);
        if (st.key != null && identityMap.get(st.key) == obj) {
            identityMap.remove(st.key);
        }
        st.session = null;
        st.status = ObjectState.TRANSIENT;
        StateRegistry.remove(obj);
    }

    private void detach(Object obj, InstanceState st) {
        attached.remove(obj);
        if (st.key != null && identityMap.get(st.key) == obj) {
            identityMap.remove(st.key);
        }
        st.session = null;
        st.status = ObjectState.DETACHED;
        st.markedDeleted = false;
    }

    /** Whether the object is pending or persistent in this Session. */
    public boolean contains(Object obj) {
        InstanceState st = obj == null ? null : StateRegistry.get(obj);
        return st != null && st.session == access && (st.status == ObjectState.PENDING || st.status == ObjectState.PERSISTENT);
    }

    /** Whether a flush would write the object: pending, marked for deletion, or a field differs from its loaded value. */
    public boolean isModified(Object obj) {
        InstanceState st = obj == null ? null : StateRegistry.get(obj);
        if (st == null || st.session != access) {
            return false;
        }
        return st.status == ObjectState.PENDING || st.markedDeleted
                || (st.status == ObjectState.PERSISTENT && !st.changedProperties(obj).isEmpty());
    }

    /**
     * Copies the state of {@code obj} onto the instance with the same key in this Session (loading it, or
     * creating a pending one when the database has none) and returns that instance; {@code obj} stays as it was.
     */
    public <T> T merge(T obj) {
        return mergeInto(obj, new IdentityHashMap<>());
    }

    /** {@link #merge} remembering what was merged already, so cascades through both sides of a pair end. */
    private <T> T mergeInto(T obj, Map<Object, Object> merged) {
        if (obj == null) {
            throw new ArgumentError("merge() needs an object, got null");
        }
        autoflushCheck.queued();
        if (merged.containsKey(obj)) {
            @SuppressWarnings("unchecked")
            T done = (T) merged.get(obj);
            return done;
        }
        Mapper m = mapper(obj.getClass());
        InstanceState st = StateRegistry.get(obj);
        if (st != null && st.session == access) {
            return obj;
        }
        Object[] values = m.values(obj);
        if (st != null) {
            // columns the given object never loaded say nothing: they are not copied (not written as null)
            org.jalchemy.orm.internal.ColumnLoad.markUnloaded(obj, st, values);
        }
        IdentityKey key = m.keyOf(values);
        Object target = key == null ? null : get(m.type(), key.id());
        if (m.isRecord()) {
            // a record cannot be copied onto: the given values (as a new instance when it is another Session's) replace it
            Object mine = st == null ? obj : m.instantiate(values);
            if (target == null) {
                add(mine);
            } else {
                InstanceState ts = attached.get(target);
                mine = replaceRecord(target, ts, mine, ts.snapshot);
            }
            merged.put(obj, mine);
            @SuppressWarnings("unchecked")
            T t = (T) mine;
            return t;
        }
        if (target == null) {
            target = m.newInstance();
            m.populate(target, values);
            add(target);
        } else {
            m.populate(target, values);
        }
        merged.put(obj, target);
        mergeRelationships(obj, target, m, merged);
        @SuppressWarnings("unchecked")
        T t = (T) target;
        return t;
    }

    /**
     * The merge cascade: related objects of {@code source} are merged too and put in {@code target}'s fields. An
     * unloaded collection and a null many-to-one of the source are left alone (they say nothing).
     */
    private void mergeRelationships(Object source, Object target, Mapper m, Map<Object, Object> merged) {
        for (org.jalchemy.orm.internal.RelationshipProperty r : m.relationships()) {
            if (r.viewOnly() || r.isWriteOnly() || !r.cascades(org.jalchemy.orm.internal.Cascade.MERGE)) {
                continue;
            }
            Object v = r.get(source);
            if (v == null || !org.jalchemy.orm.internal.Relationships.isLoaded(v)) {
                continue;
            }
            if (!r.isCollection()) {
                r.set(target, mergeInto(v, merged));
                continue;
            }
            List<Object> items = new ArrayList<>();
            for (Object e : org.jalchemy.orm.internal.Relationships.loadedElements(v)) {
                items.add(mergeInto(e, merged));
            }
            @SuppressWarnings("unchecked")
            java.util.Collection<Object> into = (java.util.Collection<Object>) r.get(target);
            if (into == null || into == v) {
                continue;
            }
            for (Object old : new ArrayList<>(into)) {
                if (items.stream().noneMatch(x -> x == old)) {
                    into.remove(old);
                }
            }
            for (Object e : items) {
                if (into.stream().noneMatch(x -> x == e)) {
                    into.add(e);
                }
            }
        }
    }

    // ---- loading

    /**
     * The object of {@code type} with primary key {@code id} (a List or array for a composite key), or null:
     * from the identity map without SQL when present (reloaded first if expired), else by SELECT after an
     * autoflush.
     */
    public <T> T get(Class<T> type, Object id) {
        checkUsable();
        Mapper m = mapper(type);
        IdentityKey key = m.keyOfId(id);
        Object found = fromIdentityMap(key);
        if (found != null || identityMap.containsKey(key)) {
            return ofType(type, found);
        }
        if (factory.autoflush() && autoflushCheck.mayHaveWork(attached)) {
            flush();
            found = fromIdentityMap(key);
            if (found != null) {
                return ofType(type, found);
            }
        }
        Row row = selectByKey(m, key);
        if (row == null) {
            return null;
        }
        Object obj = load(m, row, 0);
        org.jalchemy.orm.internal.Loaders.afterLoad(access, m, List.of(obj), List.of(), java.util.Set.of(), null);
        return type.cast(obj);
    }

    /** {@code found} as a {@code type}, or null when it is of another class of the hierarchy (get(Manager.class, id) of an Engineer). */
    private static <T> T ofType(Class<T> type, Object found) {
        return type.isInstance(found) ? type.cast(found) : null;
    }

    /** The identity-map object for {@code key}, reloaded if expired; null when absent, deleted or gone. */
    private Object fromIdentityMap(IdentityKey key) {
        Object obj = identityMap.get(key);
        if (obj == null) {
            return null;
        }
        InstanceState st = attached.get(obj);
        if (st.markedDeleted || st.status != ObjectState.PERSISTENT) {
            return null;
        }
        if (st.expired) {
            Object fresh = reload(obj, st, false);
            if (fresh == null) {
                detach(obj, st);
            } else {
                org.jalchemy.orm.internal.Loaders.resolveManyToOnes(access, st.mapper(), List.of(fresh));
            }
            return fresh;
        }
        return obj;
    }

    private Row selectByKey(Mapper m, IdentityKey key) {
        // one statement per mapper, with the key as named parameters: building and keying a new select per get() was
        // a sixth of a get() in a fresh Session
        Select q = factory.selectByKey(m);
        List<ColumnProperty> pk = m.primaryKey();
        Map<String, Object> params;
        if (pk.size() == 1) {
            params = Map.of(SessionFactory.keyParameter(0), key.values().get(0));
        } else {
            params = new HashMap<>();
            for (int i = 0; i < pk.size(); i++) {
                params.put(SessionFactory.keyParameter(i), key.values().get(i));
            }
        }
        return connection().execute(q, params).first();
    }

    /** Reloads the object's row and returns the object now holding it (see {@link #applyLoaded}); null when the row is gone. */
    private Object reload(Object obj, InstanceState st, boolean overwriteAll) {
        Row row = selectByKey(st.mapper(), st.key);
        if (row == null) {
            return null;
        }
        return applyLoaded(obj, st, st.mapper().valuesOf(row, 0), overwriteAll);
    }

    /**
     * The object for a row selected as {@code mapper.columns()} at {@code offset}: the identity-map object when
     * present (refreshed from the row only if expired, so unflushed changes are kept), else a new persistent one.
     */
    Object load(Mapper m, Row row, int offset) {
        Mapper concrete = m.concrete(row, offset);
        return load(concrete, m.valuesOf(concrete, row, offset), false);
    }

    /**
     * The object for loaded {@code values} (in property order; markers where columns were not loaded) of class
     * {@code m}; with {@code fillUnloaded}, columns an object already here has not loaded yet take the values loaded now.
     */
    Object load(Mapper m, Object[] values, boolean fillUnloaded) {
        IdentityKey key = m.keyOf(values);
        if (key == null) {
            throw new InvalidRequestError("A row of table '" + m.table().name() + "' has a NULL primary key; cannot load a "
                    + m.type().getSimpleName() + " from it");
        }
        Object existing = identityMap.get(key);
        if (existing != null) {
            InstanceState st = attached.get(existing);
            if (!st.expired && fillUnloaded) {
                DeferredColumns.fill(existing, st, values);
            }
            return st.expired ? applyLoaded(existing, st, values, false) : existing;
        }
        Object obj = m.instantiate(values);
        InstanceState st = new InstanceState(m);
        st.status = ObjectState.PERSISTENT;
        st.key = key;
        st.snapshot = values;
        attach(obj, st);
        identityMap.put(key, obj);
        org.jalchemy.orm.internal.Relationships.installCollections(obj, st, false);
        return obj;
    }

    /** A query for objects of {@code type}: {@code session.query(User.class).filterBy("username", "alice").first()}. */
    public <T> Query<T> query(Class<T> type) {
        return new Query<>(this, type, mapper(type));
    }

    /** Runs objects-of-{@code type} SELECT built by {@link Query}; autoflushes first. */
    <T> List<T> loadAll(Class<T> type, Mapper m, Select q) {
        checkUsable();
        autoflush();
        List<T> out = new ArrayList<>();
        for (Object o : org.jalchemy.orm.internal.Loaders.query(access, m, q, List.of())) {
            out.add(type.cast(o));
        }
        return out;
    }

    /** Runs an objects-of-{@code type} SELECT with loader options (relationship loading strategies); autoflushes first. */
    <T> List<T> loadAll(Class<T> type, Mapper m, Select q, List<LoaderOption> options) {
        checkUsable();
        autoflush();
        List<T> out = new ArrayList<>();
        for (Object o : org.jalchemy.orm.internal.Loaders.query(access, m, q, options)) {
            out.add(type.cast(o));
        }
        return out;
    }

    /**
     * Applies the relationship loading strategies (per relationship, or from {@code options}) to objects of
     * {@code m} just loaded by a query that could not join them in (several entities per row, aliases).
     */
    void afterLoad(Mapper m, List<Object> objs, List<LoaderOption> options) {
        List<List<LoaderOption.Step>> paths = new ArrayList<>();
        for (LoaderOption o : options) {
            paths.add(o.steps());
        }
        org.jalchemy.orm.internal.Loaders.afterLoad(access, m, objs, paths, java.util.Set.of(), null);
    }

    /** This Session's side of the internal loaders' interface. */
    org.jalchemy.orm.internal.SessionAccess access() {
        return access;
    }

    /** Runs a Core statement in this Session's transaction, after an autoflush. */
    public Result execute(Executable statement) {
        return execute(statement, Map.of());
    }

    /** Runs a Core statement with parameters in this Session's transaction, after an autoflush. */
    public Result execute(Executable statement, Map<String, ?> params) {
        checkUsable();
        autoflush();
        return connection().execute(statement, params);
    }

    /**
     * The autoflush before a statement: a flush when the Session autoflushes and may hold work, found without planning
     * one (see {@link org.jalchemy.orm.internal.AutoflushCheck}).
     */
    void autoflush() {
        if (factory.autoflush()) {
            checkUsable();
            if (autoflushCheck.mayHaveWork(attached)) {
                flush();
            }
        }
    }

    /** The connection of this Session's transaction, beginning one if none is in progress. */
    public Connection connection() {
        checkUsable();
        if (conn == null) {
            conn = factory.engine().connect();
            // Core statements and ORM statements on this connection resolve metamodel attributes with this Session's Registry
            conn.resolveWith(factory.resolution());
            conn.begin();
        }
        return conn;
    }

    /**
     * Begins this Session's transaction now instead of at its first statement. {@link TransactionIntent#WRITE} makes
     * SQLite take the write lock at once ({@code BEGIN IMMEDIATE}, waiting up to the busy timeout), so a Session that
     * reads and then flushes cannot fail with SQLITE_BUSY half-way; {@link SessionFactory#transaction} begins so.
     *
     * @throws InvalidRequestError when a transaction is already in progress
     */
    public void begin(TransactionIntent intent) {
        checkUsable();
        if (conn != null) {
            throw new InvalidRequestError("This Session has already begun a transaction (its first statement begins one); "
                    + "commit() or rollback() it before begin()");
        }
        Connection c = factory.engine().connect();
        try {
            c.begin(intent);
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
        conn = c;
    }

    /** Whether a transaction is in progress. */
    public boolean inTransaction() {
        return conn != null;
    }

    // ---- expiry

    /**
     * Marks the object to be reloaded from the database on its next Session access; unflushed changes are discarded then.
     * Loaded related objects along relationships with the {@code refresh-expire} cascade are expired too.
     */
    public void expire(Object obj) {
        ownState(obj, "expire");
        for (Object o : org.jalchemy.orm.internal.Relationships.cascadeClosure(obj, org.jalchemy.orm.internal.Cascade.REFRESH_EXPIRE)) {
            InstanceState st = attached.get(o);
            if (st != null && st.status == ObjectState.PERSISTENT) {
                st.expire(o);
                org.jalchemy.orm.internal.Relationships.expireCollections(o, st);
            }
        }
    }

    /** {@link #expire} for every persistent object. */
    public void expireAll() {
        for (Map.Entry<Object, InstanceState> e : attached.entrySet()) {
            if (e.getValue().status == ObjectState.PERSISTENT) {
                e.getValue().expire(e.getKey());
                org.jalchemy.orm.internal.Relationships.expireCollections(e.getKey(), e.getValue());
            }
        }
    }

    /**
     * Reloads every column of a persistent object from the database now, discarding unflushed changes. Loaded related
     * objects along relationships with the {@code refresh-expire} cascade are refreshed too (one SELECT each).
     *
     * @throws ObjectDeletedError when its row no longer exists
     * @throws InvalidRequestError for a record entity (immutable): expire it and {@code get} it again instead
     */
    public void refresh(Object obj) {
        checkUsable();
        InstanceState st = ownState(obj, "refresh");
        if (st.status != ObjectState.PERSISTENT) {
            throw new InvalidRequestError("refresh(): instance " + describe(obj, st) + " is " + st.status + ", not persistent");
        }
        if (st.mapper().isRecord()) {
            throw new InvalidRequestError("refresh(): " + describe(obj, st) + " is a record, which cannot be reloaded in place "
                    + "(its fields are final); call expire(obj), then get() or a query returns the current row (a new instance "
                    + "when the row changed)");
        }
        // found before the reload, which expires the collections they are in
        List<Object> related = org.jalchemy.orm.internal.Relationships.cascadeClosure(obj, org.jalchemy.orm.internal.Cascade.REFRESH_EXPIRE);
        for (Object o : related) {
            InstanceState os = attached.get(o);
            if (os == null || os.status != ObjectState.PERSISTENT || os.mapper().isRecord()) {
                continue;
            }
            if (reload(o, os, true) == null) {
                throw new ObjectDeletedError("Instance " + describe(o, os) + " has been deleted, or its row is otherwise not present"
                        + (o == obj ? "" : " (refreshed by the refresh-expire cascade from " + describe(obj, st) + ")"));
            }
            org.jalchemy.orm.internal.Relationships.expireCollections(o, os);
            org.jalchemy.orm.internal.Loaders.resolveManyToOnes(access, os.mapper(), List.of(o));
        }
    }

    /**
     * The value of {@code attribute} of {@code obj}, loading it first when it is a deferred column not loaded yet (one
     * {@code SELECT column FROM table WHERE key = ?}; an expired object is reloaded first): JAlchemy's entities are plain
     * classes, so this is what SQLAlchemy's first attribute access of a deferred column does. A loaded (or changed)
     * value is returned as the field holds it, without SQL.
     *
     * @throws org.jalchemy.orm.exc.LazyLoadError when the column was deferred with raiseload
     * @throws org.jalchemy.orm.exc.DetachedInstanceError when the column is not loaded and the object is detached
     */
    public <E, T> T value(E obj, ColumnAttribute<E, T> attribute) {
        checkUsable();
        return DeferredColumns.value(this, obj, attribute);
    }

    /**
     * Reloads only {@code attributes} of a persistent object (SQLAlchemy's {@code refresh(obj, attribute_names)}), with
     * one SELECT of their columns by key, discarding unflushed changes to them; deferred columns load too, even with
     * raiseload.
     *
     * @throws ObjectDeletedError when its row no longer exists
     */
    public void refresh(Object obj, ColumnAttribute<?, ?>... attributes) {
        checkUsable();
        InstanceState st = ownState(obj, "refresh");
        if (st.status != ObjectState.PERSISTENT) {
            throw new InvalidRequestError("refresh(): instance " + describe(obj, st) + " is " + st.status + ", not persistent");
        }
        DeferredColumns.refresh(this, obj, st, attributes);
    }

    // ---- flush and transactions

    /**
     * After a failed flush or COMMIT every operation that reads or writes through the Session raises
     * {@link PendingRollbackError} naming the original error, as SQLAlchemy's deactivated SessionTransaction does: the
     * objects still show what the database has rolled back.
     */
    private void checkUsable() {
        if (pendingRollback != null) {
            throw pendingRollback.error();
        }
    }

    /** For {@link NestedTransaction#commit()}: raises when a failed flush left the Session needing a rollback. */
    void requireNoPendingRollback() {
        checkUsable();
    }

    private boolean hasWork() {
        for (Map.Entry<Object, InstanceState> e : attached.entrySet()) {
            InstanceState st = e.getValue();
            if (st.status == ObjectState.PENDING || (st.status == ObjectState.PERSISTENT
                    && (st.markedDeleted || st.hasChanges(e.getKey())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes pending, changed and deleted objects to the database in this Session's transaction. If a statement
     * fails, the transaction is rolled back (to the savepoint, inside {@link #beginNested()}), every object's state is
     * put back as it was before the flush, and the error is rethrown; until {@link #rollback()} every use of the
     * Session that reads or writes (get, queries, execute, flush, commit, lazy loads) raises
     * {@link PendingRollbackError} naming that error. add, delete, expunge, expire and close still work.
     */
    public void flush() {
        checkUsable();
        if (flushing) {
            return;
        }
        flushing = true;
        try {
            relationships.beforeFlush();
            if (hasWork() || relationships.hasChanges()) {
                flushWork();
            }
            autoflushCheck.flushed(attached);
        } finally {
            flushing = false;
        }
    }

    private void flushWork() {
        factory.events().fireBeforeFlush(this);
        // one pass over the attached objects sorts them into the three kinds of work and saves their states; the
        // unit of work orders only what it writes (by table rank and add order), not every attached object
        List<UnitOfWork.Entry> pending = new ArrayList<>();
        List<UnitOfWork.Entry> persistent = new ArrayList<>(attached.size());
        List<UnitOfWork.Entry> deleted = new ArrayList<>();
        Map<Object, InstanceState.Saved> saved = new IdentityHashMap<>(attached.size());
        for (Map.Entry<Object, InstanceState> e : attached.entrySet()) {
            InstanceState st = e.getValue();
            if (st.status == ObjectState.PENDING) {
                pending.add(new UnitOfWork.Entry(e.getKey(), st));
            } else if (st.status == ObjectState.PERSISTENT) {
                (st.markedDeleted ? deleted : persistent).add(new UnitOfWork.Entry(e.getKey(), st));
            }
            saved.put(e.getKey(), st.save(e.getKey()));
        }
        Map<IdentityKey, Object> savedIdentities = new HashMap<>(identityMap);
        try {
            Connection c = connection();
            long sent = c.statementCount();
            new UnitOfWork(c, new UnitOfWork.Hooks() {
                @Override public void fire(FlushHook hook, Object obj) {
                    switch (hook) {
                        case AFTER_INSERTS -> relationships.afterInserts();
                        case BEFORE_DELETES -> relationships.beforeDeletes();
                        case BEFORE_INSERT -> {
                            relationships.beforeInsert(obj);
                            factory.events().fireEntity(hook, obj);
                        }
                        case AFTER_INSERT, BEFORE_UPDATE, BEFORE_DELETE -> factory.events().fireEntity(hook, obj);
                    }
                }

                @Override public boolean dependsOn(Object obj, Set<Object> batch) {
                    return relationships.dependsOn(obj, batch);
                }

                @Override public List<UnitOfWork.Entry> orderInserts(List<UnitOfWork.Entry> inserts) {
                    return relationships.orderInserts(inserts);
                }

                @Override public List<UnitOfWork.Entry> orderDeletes(List<UnitOfWork.Entry> deletes) {
                    return relationships.orderDeletes(deletes);
                }
            }).flush(pending, persistent, deleted);
            wroteInTransaction |= c.statementCount() != sent;
        } catch (RuntimeException | Error e) {
            for (Map.Entry<Object, InstanceState.Saved> s : saved.entrySet()) {
                attached.get(s.getKey()).restore(s.getKey(), s.getValue());
            }
            identityMap.clear();
            identityMap.putAll(savedIdentities);
            RuntimeException cause = e instanceof RuntimeException re ? re : new InvalidRequestError(e.toString(), e);
            NestedTransaction innermost = nestedTransactions.peek();
            if (innermost != null && innermost.isActive()) {
                // as SQLAlchemy does: a flush inside a savepoint rolls back to the savepoint, the enclosing work stays
                innermost.abortAfterFailedFlush(e);
                pendingRollback = new PendingRollback("flush", cause, innermost);
            } else {
                closeConnection(true, e);
                nestedTransactions.clear();
                pendingRollback = new PendingRollback("flush", cause, null);
            }
            throw e;
        }
        for (UnitOfWork.Entry e : pending) {
            identityMap.put(e.state().key, e.obj());
        }
        for (UnitOfWork.Entry e : persistent) {
            IdentityKey before = saved.get(e.obj()).key();
            if (!before.equals(e.state().key)) {
                identityMap.remove(before);
                identityMap.put(e.state().key, e.obj());
            }
        }
        for (UnitOfWork.Entry e : deleted) {
            identityMap.remove(e.state().key);
        }
        relationships.afterFlush();
        factory.events().fireAfterFlush(this);
    }

    /**
     * Flushes, commits the transaction, and (by default) expires every object; deleted objects become detached. A COMMIT
     * the database refuses (serialization failure, deadlock, deferred constraint, SQLITE_BUSY) is raised after the
     * transaction was rolled back; the Session then raises {@link PendingRollbackError} until {@link #rollback()}, which
     * makes the objects inserted in it transient again and expires the rest.
     */
    public void commit() {
        flush();
        nestedTransactions.clear();
        if (conn != null) {
            try {
                conn.commit();
            } catch (RuntimeException e) {
                // the Connection has rolled back; the objects still show what was flushed, so the Session waits for rollback()
                closeConnection(true, e);
                pendingRollback = new PendingRollback("commit", e, null);
                throw e;
            }
            closeConnection(false, null);
        }
        wroteInTransaction = false;
        for (Map.Entry<Object, InstanceState> e : new ArrayList<>(attached.entrySet())) {
            InstanceState st = e.getValue();
            st.insertedInTransaction = false;
            st.keyGenerated = false;
            if (st.status == ObjectState.DELETED) {
                detach(e.getKey(), st);
            } else if (st.status == ObjectState.PERSISTENT && factory.expireOnCommit()) {
                st.expire(e.getKey());
                org.jalchemy.orm.internal.Relationships.expireCollections(e.getKey(), st);
            }
        }
        factory.events().fireAfterCommit(this);
    }

    /**
     * Rolls the transaction back. Objects inserted in it, and pending objects, become transient again (a key the
     * database generated is cleared); objects deleted in it are persistent again; every persistent object is expired.
     */
    public void rollback() {
        autoflushCheck.queued();
        closeConnection(true, null);
        pendingRollback = null;
        nestedTransactions.clear();
        wroteInTransaction = false;
        // forEach, not a copy of the entry set (IdentityHashMap allocates an entry object per element); the objects that
        // leave the Session are removed after the pass
        List<Object> leaving = new ArrayList<>(0);
        attached.forEach((obj, st) -> {
            st.markedDeleted = false;
            if (st.status == ObjectState.PENDING || st.insertedInTransaction) {
                if (st.keyGenerated) {
                    st.mapper().primaryKey().get(0).clear(obj);
                }
                st.insertedInTransaction = false;
                st.keyGenerated = false;
                leaving.add(obj);
                return;
            }
            if (st.status == ObjectState.DELETED) {
                st.status = ObjectState.PERSISTENT;
                identityMap.put(st.key, obj);
            }
            st.expire(obj);
            if (!closing) {
                org.jalchemy.orm.internal.Relationships.expireCollections(obj, st);
            }
        });
        for (Object obj : leaving) {
            makeTransient(obj, attached.get(obj));
        }
        factory.events().fireAfterRollback(this);
    }

    /** What a savepoint must undo in the Session: objects added, inserted or deleted after it began. */
    record Mark(long order, java.util.Set<InstanceState> inserted, java.util.Set<InstanceState> deleted) {
    }

    /**
     * Flushes, then begins a SAVEPOINT; see {@link NestedTransaction}. A flush that fails inside it rolls the database
     * back to the savepoint only: the Session raises {@link PendingRollbackError} until that nested transaction (or the
     * whole one) is rolled back, and the enclosing work can then go on and be committed.
     */
    public NestedTransaction beginNested() {
        flush();
        java.util.Set<InstanceState> inserted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.Set<InstanceState> deleted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (InstanceState st : attached.values()) {
            if (st.insertedInTransaction) {
                inserted.add(st);
            }
            if (st.status == ObjectState.DELETED) {
                deleted.add(st);
            }
        }
        Mark mark = new Mark(++order, inserted, deleted);
        NestedTransaction nt = new NestedTransaction(this, connection().beginNested(), mark);
        nestedTransactions.push(nt);
        return nt;
    }

    /**
     * Forgets {@code nt} and the savepoints begun inside it; returns false when it is not open in this Session (the
     * whole transaction ended first).
     */
    boolean endNested(NestedTransaction nt) {
        if (!nestedTransactions.contains(nt)) {
            return false;
        }
        NestedTransaction top;
        do {
            top = nestedTransactions.pop();
            if (pendingRollback != null && pendingRollback.nested() == top) {
                pendingRollback = null;     // the failed savepoint (or one around it) is rolled back: the Session is usable
            }
        } while (top != nt);
        return true;
    }

    /** Undoes in the Session what happened after {@code mark}, after the database rolled back to its savepoint. */
    void rollbackTo(Mark mark) {
        autoflushCheck.queued();
        for (Map.Entry<Object, InstanceState> e : new ArrayList<>(attached.entrySet())) {
            Object obj = e.getKey();
            InstanceState st = e.getValue();
            st.markedDeleted = false;
            boolean newSince = (st.status == ObjectState.PENDING && st.addOrder > mark.order())
                    || (st.insertedInTransaction && !mark.inserted().contains(st));
            if (newSince) {
                if (st.keyGenerated) {
                    st.mapper().primaryKey().get(0).clear(obj);
                }
                st.insertedInTransaction = false;
                st.keyGenerated = false;
                makeTransient(obj, st);
                continue;
            }
            if (st.status == ObjectState.DELETED && !mark.deleted().contains(st)) {
                st.status = ObjectState.PERSISTENT;
                identityMap.put(st.key, obj);
            }
            if (st.status == ObjectState.PERSISTENT) {
                st.expire(obj);
            }
        }
    }

    private void closeConnection(boolean rollback, Throwable cause) {
        if (conn == null) {
            return;
        }
        Connection c = conn;
        conn = null;
        try {
            if (rollback && c.inTransaction()) {
                c.rollback();
            }
        } catch (RuntimeException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            } else {
                throw e;
            }
        } finally {
            c.close();
        }
    }

    /** Rolls back anything uncommitted and detaches every object; the Session can be used again afterwards. */
    @Override public void close() {
        if (wroteInTransaction || pendingRollback != null) {
            // loaded collections stay usable on the detached objects (nothing was changed in the database)
            closing = true;
            try {
                rollback();
            } finally {
                closing = false;
            }
        } else if (conn != null) {
            // the ORM wrote nothing in this transaction: every snapshot still holds what the database holds after the
            // rollback, so the objects are detached as they are (SQLAlchemy's close() expires nothing either) instead
            // of each being expired, which copied every field of every loaded object
            closeConnection(true, null);
            nestedTransactions.clear();
            factory.events().fireAfterRollback(this);
        }
        // every object leaves: change the states in one pass and empty both maps, instead of removing one by one
        attached.forEach((obj, st) -> {
            st.session = null;
            if (st.status == ObjectState.PENDING) {
                st.status = ObjectState.TRANSIENT;
                StateRegistry.remove(obj);
            } else {
                st.status = ObjectState.DETACHED;
                st.markedDeleted = false;
            }
        });
        attached.clear();
        identityMap.clear();
    }

    /** The objects in this Session's identity map (persistent ones), for inspection. */
    public List<Object> identityMapValues() {
        return List.copyOf(identityMap.values());
    }

    /** The column property of {@code type} mapped from {@code fieldName} (for Query). */
    ColumnElement<Object> column(Mapper m, String fieldName) {
        ColumnProperty p = m.property(fieldName);
        return p.column();
    }

    // ---- ORM querying: Query API and 2.0-style statements (the work is done by OrmExecutor)

    /** A query for the values of one column expression: {@code session.query(func.count(Address_.id)).scalar()}. */
    public <T> Query<T> query(ColumnElement<T> column) {
        return Query.of(this, column);
    }

    /** A query for objects of an aliased entity. */
    public <T> Query<T> query(Alias<T> entity) {
        return Query.of(this, entity);
    }

    /**
     * A query for several entity classes, aliases and columns; each result is a Row:
     * {@code session.query(User.class, Address.class).join(Address.class).all()}, then {@code row.get(User.class)}.
     */
    public Query<Row> query(Object... items) {
        return Query.of(this, items);
    }

    /** Runs an entity select (after an autoflush) and gives the first item of each row: {@code List<User>}. */
    public <T> OrmResult<T> scalars(OrmSelect<T> select) {
        return new OrmExecutor(this).select(select, true);
    }

    /** Runs a Core statement (after an autoflush) and gives the first column of each row. */
    public <T> org.jalchemy.engine.ScalarResult<T> scalars(Executable statement) {
        return execute(statement).scalars();
    }

    /** Runs an entity select (after an autoflush); rows hold entities and column values. */
    public OrmResult<Row> execute(OrmSelect<?> select) {
        return new OrmExecutor(this).select(select, false);
    }

    /** Runs an ORM INSERT with the rows given in its {@code values(...)}. */
    public OrmResult<Row> execute(OrmInsert<?> insert) {
        return new OrmExecutor(this).insert(insert, List.of());
    }

    /**
     * Bulk INSERT: one row per map (field names to values), sent as an executemany (or as multi-row
     * INSERT ... RETURNING pages when {@code returning(User.class)} asks for the new objects).
     */
    public OrmResult<Row> execute(OrmInsert<?> insert, List<? extends Map<String, ?>> rows) {
        return new OrmExecutor(this).insert(insert, rows);
    }

    /** Bulk INSERT ... RETURNING, giving the new rows as persistent objects in this Session. */
    public <E> OrmResult<E> scalars(OrmInsert<E> insert, List<? extends Map<String, ?>> rows) {
        return new OrmExecutor(this).insert(insert.returning(insert.type()), rows).scalars();
    }

    /** Bulk UPDATE, then synchronizes objects in this Session; {@code rowcount()} is the number of rows matched. */
    public OrmResult<Row> execute(OrmUpdate<?> update) {
        return new OrmExecutor(this).update(update);
    }

    /** Bulk UPDATE by primary key: each map holds the key fields and the new values. */
    public OrmResult<Row> execute(OrmUpdate<?> update, List<? extends Map<String, ?>> rows) {
        return new OrmExecutor(this).updateByPrimaryKey(update, rows);
    }

    /** Bulk DELETE, then marks the matching objects in this Session deleted. */
    public OrmResult<Row> execute(OrmDelete<?> delete) {
        return new OrmExecutor(this).delete(delete);
    }

    /** The object in the identity map under {@code key}, or null. */
    Object identityObject(IdentityKey key) {
        return identityMap.get(key);
    }

    /** Marks a persistent object whose row a bulk DELETE removed as deleted (detached at commit, back on rollback). */
    void markBulkDeleted(Object obj) {
        InstanceState st = attached.get(obj);
        if (st != null && st.status == ObjectState.PERSISTENT) {
            st.status = ObjectState.DELETED;
            st.markedDeleted = false;
            identityMap.remove(st.key);
        }
    }
}
