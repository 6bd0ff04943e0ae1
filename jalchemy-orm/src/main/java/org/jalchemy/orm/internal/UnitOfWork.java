package org.jalchemy.orm.internal;

import static org.jalchemy.Sql.bindparam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Result;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.ObjectState;
import org.jalchemy.orm.exc.FlushError;
import org.jalchemy.orm.exc.StaleDataError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Delete;
import org.jalchemy.sql.Insert;
import org.jalchemy.sql.Update;

/**
 * One flush: INSERTs of pending objects, UPDATEs of the changed columns of dirty ones and DELETEs, ordered by
 * the tables' foreign-key dependencies (parents inserted first and deleted last). Consecutive statements of
 * the same shape whose generated keys are not needed go to the database as one executemany batch.
 * The caller restores the states if this throws.
 */
public final class UnitOfWork {
    /** Callbacks fired around each object's statement (the Session's per-entity events). */
    public interface Hooks {
        /** Called at {@code hook} with the object (null for the once-per-flush hooks). */
        void fire(FlushHook hook, Object obj);

        /**
         * Whether {@code obj}'s INSERT needs the generated key of one of {@code batch} (the objects waiting in the
         * current executemany batch, an identity set), so the batch must be sent first.
         */
        default boolean dependsOn(Object obj, Set<Object> batch) {
            return false;
        }

        /** The INSERTs (sorted by table, then add order) reordered so each row follows the rows it needs. */
        default List<Entry> orderInserts(List<Entry> inserts) {
            return inserts;
        }

        /** The DELETEs (sorted children's tables first) reordered so each row precedes the rows it refers to. */
        default List<Entry> orderDeletes(List<Entry> deletes) {
            return deletes;
        }
    }

    /** An object and its state. */
    public record Entry(Object obj, InstanceState state) {
    }

    private final Connection conn;
    private final Hooks hooks;
    private final Map<Table, Integer> rank = new IdentityHashMap<>();

    /** A unit of work on {@code conn}'s transaction. */
    public UnitOfWork(Connection conn, Hooks hooks) {
        this.conn = conn;
        this.hooks = hooks;
    }

    private int rank(Mapper m) {
        Table t = m.table();
        Integer r = rank.get(t);
        if (r == null) {
            // joined-table hierarchies' tables share a rank: an object's rows are written together
            JoinedInheritance.flushRanks(t.metadata().sortedTables(), t.metadata()).forEach(rank::putIfAbsent);
            r = rank.get(t);
        }
        return r;
    }

    private static final Comparator<Entry> ADD_ORDER = Comparator.comparingLong((Entry e) -> e.state.addOrder);

    /**
     * Sends the statements. {@code pending} the objects to insert, {@code persistent} every other attached object
     * that may be dirty, {@code deleted} the objects marked for deletion, each in any order: what is written is
     * ordered here (by table rank, then add order), and the clean persistent objects only looked at once.
     * States are updated as statements succeed.
     */
    public void flush(List<Entry> pending, List<Entry> persistent, List<Entry> deleted) {
        List<Entry> inserts = new ArrayList<>(pending);
        inserts.sort(Comparator.comparingInt((Entry e) -> rank(e.state.mapper())).thenComparing(ADD_ORDER));
        insertAll(hooks.orderInserts(inserts));
        // relationships copy generated keys into persistent children and write association rows here
        hooks.fire(FlushHook.AFTER_INSERTS, null);

        List<Entry> dirty = new ArrayList<>();
        for (Entry e : persistent) {
            if (e.state.hasChanges(e.obj)) {
                dirty.add(e);
            }
        }
        dirty.sort(ADD_ORDER);
        for (Entry e : dirty) {
            hooks.fire(FlushHook.BEFORE_UPDATE, e.obj);
        }
        dirty.sort(Comparator.comparingInt((Entry e) -> rank(e.state.mapper())));
        updateAll(dirty);

        List<Entry> deletes = new ArrayList<>(deleted);
        deletes.sort(ADD_ORDER);
        for (Entry e : deletes) {
            hooks.fire(FlushHook.BEFORE_DELETE, e.obj);
        }
        deletes.sort(Comparator.comparingInt((Entry e) -> rank(e.state.mapper())).reversed());
        deletes = hooks.orderDeletes(deletes);
        // relationships with postUpdate set their foreign keys of these rows to NULL here
        hooks.fire(FlushHook.BEFORE_DELETES, null);
        deleteAll(deletes);
    }

    // ---- INSERT

    private void insertAll(List<Entry> inserts) {
        List<Entry> batch = new ArrayList<>();
        // the batch's objects kept as a set as the batch grows: rebuilding it per row made a flush quadratic
        Set<Object> batchObjects = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Map<String, Object>> params = new ArrayList<>();
        Insert batchStmt = null;
        boolean batchReturning = false;
        // objects whose key the database generates are batched too where INSERT ... RETURNING pages exist
        boolean returningBatches = conn.dialect().supportsInsertReturning() && conn.dialect().supportsMultiRowInsert();
        for (Entry e : inserts) {
            if (!batch.isEmpty() && hooks.dependsOn(e.obj, batchObjects)) {
                flushInsertBatch(batchStmt, batch, batchObjects, params, batchReturning);
                batchStmt = null;
            }
            hooks.fire(FlushHook.BEFORE_INSERT, e.obj);
            Mapper m = e.state.mapper();
            Map<String, Object> row = new LinkedHashMap<>();
            boolean needsKey = false;
            boolean serverDefaults = false;
            ColumnProperty version = m.version();
            if (version != null && version.isUnset(e.obj)) {
                Class<?> vt = version.fieldType();
                version.set(e.obj, vt == Long.class || vt == long.class ? (Object) 1L : (Object) 1);
            }
            if (m.spansTables()) {
                // a joined-table subclass: one INSERT per table, the root's first for its key
                flushInsertBatch(batchStmt, batch, batchObjects, params, batchReturning);
                batchStmt = null;
                inserted(e, JoinedFlush.insert(conn, m, e.obj, e.state));
                continue;
            }
            boolean generates = m.generatesKey();
            for (ColumnProperty p : m.properties()) {
                Object v = p.get(e.obj);
                Column<Object> c = p.column();
                if (c.isPrimaryKey() && generates && p.isUnset(e.obj)) {
                    needsKey = true;
                    continue;
                }
                if (v == null && c.isPrimaryKey()) {
                    if (generates) {
                        needsKey = true;
                        continue;
                    }
                    throw new FlushError("Instance " + m.type().getSimpleName() + " has a NULL primary key field '"
                            + p.fieldName() + "'; assign it before the flush (only a lone Integer/Long key is generated)");
                }
                if (v == null && c.serverDefaultValue() != null) {
                    serverDefaults = true;
                    continue;
                }
                row.put(c.name(), v);
            }
            boolean batchKey = needsKey && !serverDefaults && returningBatches;
            if ((needsKey || serverDefaults) && !batchKey) {
                flushInsertBatch(batchStmt, batch, batchObjects, params, batchReturning);
                batchStmt = null;
                Result r = conn.execute(Insert.into(m.table()), row);
                if (needsKey) {
                    ColumnProperty pk = m.primaryKey().get(0);
                    Row key = r.insertedPrimaryKey();
                    pk.set(e.obj, pk.column().type().coerce(key.get(0)));
                    e.state.keyGenerated = true;
                }
                inserted(e, serverDefaults);
                continue;
            }
            if (batchStmt != null && (batch.get(0).state.mapper().table() != m.table() || !params.get(0).keySet().equals(row.keySet())
                    || batchReturning != batchKey)) {
                flushInsertBatch(batchStmt, batch, batchObjects, params, batchReturning);
                batchStmt = null;
            }
            if (batchStmt == null) {
                batchStmt = Insert.into(m.table());
                if (batchKey) {
                    batchStmt = batchStmt.returning(m.primaryKey().get(0).column());
                }
                batchReturning = batchKey;
            }
            batch.add(e);
            batchObjects.add(e.obj);
            params.add(row);
        }
        flushInsertBatch(batchStmt, batch, batchObjects, params, batchReturning);
    }

    private void flushInsertBatch(Insert stmt, List<Entry> batch, Set<Object> batchObjects, List<Map<String, Object>> params,
                                  boolean returningKeys) {
        if (batch.isEmpty()) {
            return;
        }
        Result r = conn.execute(stmt, new ArrayList<>(params));
        if (returningKeys) {
            // insertmanyvalues returns the generated keys in the order of the parameter maps
            List<Row> keys = r.all();
            for (int i = 0; i < batch.size(); i++) {
                Entry e = batch.get(i);
                ColumnProperty pk = e.state.mapper().primaryKey().get(0);
                pk.set(e.obj, pk.column().type().coerce(keys.get(i).get(0)));
                e.state.keyGenerated = true;
            }
        }
        for (Entry e : batch) {
            inserted(e, false);
        }
        batch.clear();
        batchObjects.clear();
        params.clear();
    }

    private void inserted(Entry e, boolean serverDefaults) {
        InstanceState s = e.state;
        s.snapshot = s.mapper().values(e.obj);
        s.key = s.mapper().keyOf(s.snapshot);
        s.status = ObjectState.PERSISTENT;
        s.insertedInTransaction = true;
        s.expired = false;
        s.expiredValues = null;
        if (serverDefaults) {
            // the database filled in columns we did not send: load them on the next access
            s.expire(e.obj);
        }
        hooks.fire(FlushHook.AFTER_INSERT, e.obj);
    }

    // ---- UPDATE

    private void updateAll(List<Entry> dirty) {
        List<Entry> batch = new ArrayList<>();
        List<Map<String, Object>> params = new ArrayList<>();
        List<ColumnProperty> batchShape = null;
        Update batchStmt = null;
        for (Entry e : dirty) {
            Mapper m = e.state.mapper();
            List<ColumnProperty> changed = e.state.changedProperties(e.obj);
            if (changed.isEmpty()) {
                continue;
            }
            if (m.spansTables()) {
                JoinedFlush.update(conn, m, e.obj, e.state, changed);
                updated(e);
                continue;
            }
            ColumnProperty version = m.version();
            Object[] base = e.state.snapshot;
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, Object> row = new HashMap<>();
            for (ColumnProperty p : changed) {
                values.put(p.column().name(), bindparam("s_" + p.column().name(), p.column().type()));
                row.put("s_" + p.column().name(), p.get(e.obj));
            }
            Object newVersion = null;
            if (version != null) {
                Object old = base[version.index()];
                newVersion = old instanceof Long l ? (Object) (l + 1) : (Object) (((Integer) old) + 1);
                values.put(version.column().name(), bindparam("s_" + version.column().name(), version.column().type()));
                row.put("s_" + version.column().name(), newVersion);
            }
            for (ColumnProperty p : keyAndVersion(m)) {
                row.put("w_" + p.column().name(), base[p.index()]);
            }
            if (batchStmt != null && (version != null || batch.get(0).state.mapper() != m || !batchShape.equals(changed))) {
                flushBatch("UPDATE", batchStmt, batch, params, batch.get(0).state.mapper());
                batchStmt = null;
            }
            Update stmt = batchStmt != null ? batchStmt : Update.of(m.table()).values(values).where(whereKey(m));
            if (version != null) {
                long n = conn.execute(stmt, row).rowcount();
                checkCount("UPDATE", m, 1, n);
                version.set(e.obj, newVersion);
                updated(e);
                continue;
            }
            batchStmt = stmt;
            batchShape = changed;
            batch.add(e);
            params.add(row);
        }
        if (batchStmt != null) {
            flushBatch("UPDATE", batchStmt, batch, params, batch.get(0).state.mapper());
        }
    }

    private void updated(Entry e) {
        InstanceState s = e.state;
        s.snapshot = ColumnLoad.keepUnloaded(s.mapper(), s.snapshot, s.mapper().values(e.obj));
        s.key = s.mapper().keyOf(s.snapshot);
        if (s.expired) {
            s.expiredValues = s.snapshot.clone();
        }
    }

    // ---- DELETE

    private void deleteAll(List<Entry> deletes) {
        List<Entry> batch = new ArrayList<>();
        List<Map<String, Object>> params = new ArrayList<>();
        Delete batchStmt = null;
        for (Entry e : deletes) {
            Mapper m = e.state.mapper();
            if (m.spansTables()) {
                if (batchStmt != null) {
                    flushBatch("DELETE", batchStmt, batch, params, batch.get(0).state.mapper());
                    batchStmt = null;
                }
                JoinedFlush.delete(conn, m, e.state);
                deleted(e);
                continue;
            }
            Object[] base = e.state.snapshot;
            Map<String, Object> row = new HashMap<>();
            for (ColumnProperty p : keyAndVersion(m)) {
                row.put("w_" + p.column().name(), base[p.index()]);
            }
            if (batchStmt != null && (m.version() != null || batch.get(0).state.mapper() != m)) {
                flushBatch("DELETE", batchStmt, batch, params, batch.get(0).state.mapper());
                batchStmt = null;
            }
            Delete stmt = batchStmt != null ? batchStmt : Delete.from(m.table()).where(whereKey(m));
            if (m.version() != null) {
                checkCount("DELETE", m, 1, conn.execute(stmt, row).rowcount());
                deleted(e);
                continue;
            }
            batchStmt = stmt;
            batch.add(e);
            params.add(row);
        }
        if (batchStmt != null) {
            flushBatch("DELETE", batchStmt, batch, params, batch.get(0).state.mapper());
        }
    }

    private void deleted(Entry e) {
        e.state.status = ObjectState.DELETED;
        e.state.markedDeleted = false;
    }

    // ---- shared

    private void flushBatch(String kind, org.jalchemy.sql.Executable stmt, List<Entry> batch, List<Map<String, Object>> params, Mapper m) {
        if (batch.isEmpty()) {
            return;
        }
        long n = conn.execute(stmt, new ArrayList<>(params)).rowcount();
        checkCount(kind, m, batch.size(), n);
        for (Entry e : batch) {
            if (kind.equals("UPDATE")) {
                updated(e);
            } else {
                deleted(e);
            }
        }
        batch.clear();
        params.clear();
    }

    private static void checkCount(String kind, Mapper m, int expected, long matched) {
        // a driver may report an unknown count (-1) for a batch; only a known mismatch is an error
        if (matched >= 0 && matched != expected) {
            throw new StaleDataError(kind + " statement on table '" + m.table().name() + "' expected to "
                    + (kind.equals("UPDATE") ? "update " : "delete ") + expected + " row(s); " + matched + " were matched"
                    + (m.version() != null ? " (the row was changed or deleted by another transaction: its version moved on)" : ""));
        }
    }

    private static List<ColumnProperty> keyAndVersion(Mapper m) {
        List<ColumnProperty> out = new ArrayList<>(m.primaryKey());
        if (m.version() != null) {
            out.add(m.version());
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ColumnElement<Boolean>[] whereKey(Mapper m) {
        List<ColumnProperty> ps = keyAndVersion(m);
        ColumnElement<Boolean>[] out = new ColumnElement[ps.size()];
        for (int i = 0; i < out.length; i++) {
            Column<Object> c = ps.get(i).column();
            out[i] = c.eq(bindparam("w_" + c.name(), c.type()));
        }
        return out;
    }
}
