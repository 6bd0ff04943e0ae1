package org.jalchemy.orm;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Result;
import org.jalchemy.engine.Row;
import org.jalchemy.engine.RowMetadata;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.orm.internal.ColumnProperty;
import org.jalchemy.orm.internal.IdentityKey;
import org.jalchemy.orm.internal.InstanceState;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.orm.internal.StateRegistry;
import org.jalchemy.sql.BindParameter;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Insert;
import org.jalchemy.sql.Select;
import org.jalchemy.sql.Update;

/**
 * Runs ORM statements in a Session: loads rows of entity selects through the identity map, and runs bulk INSERT /
 * UPDATE / DELETE and brings the Session's objects up to date afterwards.
 */
final class OrmExecutor {
    private final Session session;

    OrmExecutor(Session session) {
        this.session = session;
    }

    /** The property of {@code key}, a field name or else a column name. */
    static ColumnProperty property(Mapper m, String key) {
        for (ColumnProperty p : m.properties()) {
            if (p.fieldName().equals(key)) {
                return p;
            }
        }
        for (ColumnProperty p : m.properties()) {
            if (p.column().name().equals(key)) {
                return p;
            }
        }
        throw new MappingError("Class " + m.type().getSimpleName() + " (table '" + m.table().name() + "') has no mapped field or column '"
                + key + "'; mapped fields are " + m.properties().stream().map(ColumnProperty::fieldName).toList());
    }

    private void autoflush() {
        session.autoflush();
    }

    // ---- SELECT

    /**
     * Runs {@code q} (after an autoflush) and loads every row, then the relationships its entities' loading
     * strategies ask for. One entity straight from its table goes through the relationship loaders, which join
     * JOINED relationships into the statement; other shapes load their entities first and apply the other
     * strategies after (a JOINED one then loads as SELECTIN).
     */
    <T> OrmResult<T> select(OrmSelect<?> q, boolean scalar) {
        RowMetadata md = q.rowMetadata();
        Mapper single = q.singleTableEntity();
        if (single != null && !q.isPopulateExisting()) {
            List<Object> objs = session.loadAll(Object.class, single, q.statement(), q.loaderOptions());
            List<Row> rows = new ArrayList<>(objs.size());
            for (Object o : objs) {
                rows.add(Row.of(md, o));
            }
            return new OrmResult<>(rows, scalar, q.statement().toString(), rows.size());
        }
        // containsEager per entity item selected straight from its table: its related columns join the statement
        Select statement = q.statement();
        Map<Integer, org.jalchemy.orm.internal.Loaders.ItemEager> eager = new LinkedHashMap<>();
        if (!q.isPopulateExisting()) {
            for (int i = 0; i < q.items().size(); i++) {
                if (q.items().get(i) instanceof QueryItem.EntityItem e && e.source() == null) {
                    org.jalchemy.orm.internal.Loaders.ItemEager plan = org.jalchemy.orm.internal.Loaders.containsEager(
                            session.access(), e.mapper(), statement, q.loaderOptions());
                    if (plan != null) {
                        eager.put(i, plan);
                        statement = plan.statement();
                    }
                }
            }
        }
        List<Row> core = session.execute(statement).all();
        List<Row> rows = new ArrayList<>(core.size());
        for (Row r : core) {
            Row row = q.toRow(session, r, md);
            rows.add(row);
            for (Map.Entry<Integer, org.jalchemy.orm.internal.Loaders.ItemEager> e : eager.entrySet()) {
                if (row.get(e.getKey()) != null) {
                    e.getValue().read(row.get(e.getKey()), r);
                }
            }
        }
        int entity = 0;
        List<Map.Entry<Mapper, List<Object>>> byItem = q.entitiesByItem(rows);
        for (int i = 0; i < q.items().size(); i++) {
            if (q.items().get(i) instanceof QueryItem.EntityItem) {
                Map.Entry<Mapper, List<Object>> e = byItem.get(entity++);
                if (eager.containsKey(i)) {
                    eager.get(i).finish(e.getValue());
                } else {
                    session.afterLoad(e.getKey(), e.getValue(), q.loaderOptions());
                }
            }
        }
        return new OrmResult<>(rows, scalar, statement.toString(), rows.size());
    }

    /**
     * Runs {@code q} on a streaming cursor and loads rows as they are read. With {@code batch > 0}, objects this
     * stream loaded are expunged from the Session once the stream is a batch further (unless they were changed), so
     * the identity map does not grow with the result.
     */
    <T> Stream<T> stream(OrmSelect<?> q, boolean scalar, int batch) {
        autoflush();
        Result result = session.connection().stream(q.statement());
        RowMetadata md = q.rowMetadata();
        Iterator<Row> cursor = result.iterator();
        Iterator<T> it = new Iterator<>() {
            private List<Object> previous = new ArrayList<>();
            private List<Object> current = new ArrayList<>();

            @Override public boolean hasNext() {
                return cursor.hasNext();
            }

            @SuppressWarnings("unchecked")
            @Override public T next() {
                Row core = cursor.next();
                if (batch > 0 && current.size() >= batch) {
                    release(previous);
                    previous = current;
                    current = new ArrayList<>();
                }
                List<IdentityKey> fresh = batch > 0 ? q.keysNotInSession(session, core) : List.of();
                Row row = q.toRow(session, core, md);
                for (IdentityKey k : fresh) {
                    Object o = session.identityObject(k);
                    if (o != null) {
                        current.add(o);
                    }
                }
                return scalar ? (T) row.get(0) : (T) row;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                .onClose(result::close);
    }

    private void release(List<Object> objects) {
        for (Object o : objects) {
            if (session.contains(o) && !session.isModified(o)) {
                session.expunge(o);
            }
        }
    }

    // ---- INSERT

    /** Runs a bulk INSERT of the statement's rows and {@code params}; loads the RETURNING rows as objects. */
    OrmResult<Row> insert(OrmInsert<?> insert, List<? extends Map<String, ?>> params) {
        Mapper m = insert.mapper();
        List<Map<String, ?>> all = new ArrayList<>(insert.rows());
        all.addAll(params);
        if (all.isEmpty()) {
            throw new ArgumentError("insert(" + m.type().getSimpleName() + ") needs values: "
                    + "session.execute(insert(" + m.type().getSimpleName() + ".class), List.of(Map.of(\"field\", value), ...))");
        }
        Insert stmt = insert.statement();
        if (insert.isReturning() && !session.connection().dialect().supportsInsertReturning()) {
            throw new InvalidRequestError("insert(" + m.type().getSimpleName() + ").returning(...) needs INSERT ... RETURNING, which dialect "
                    + session.connection().dialect().name() + " does not support");
        }
        autoflush();
        Connection conn = session.connection();
        OrmSelect<?> shape = OrmSelect.of(c -> m, m.type());
        RowMetadata md = shape.rowMetadata();
        List<Row> rows = new ArrayList<>();
        long count = 0;
        // maps with the same keys go together: one executemany (or insertmanyvalues pages) per run of them
        for (List<Map<String, Object>> group : groupByKeys(m, all)) {
            Result r = group.size() == 1 ? conn.execute(stmt, group.get(0)) : conn.execute(stmt, group);
            if (insert.isReturning()) {
                for (Row core : r.all()) {
                    rows.add(shape.toRow(session, core, md));
                }
                count += group.size();
            } else {
                count += r.rowcount() >= 0 ? r.rowcount() : group.size();
            }
        }
        return new OrmResult<>(rows, false, stmt.toString(), count);
    }

    /** Consecutive maps with the same keys, each translated from field names to column names. */
    private static List<List<Map<String, Object>>> groupByKeys(Mapper m, List<? extends Map<String, ?>> maps) {
        List<List<Map<String, Object>>> groups = new ArrayList<>();
        java.util.Set<String> keys = null;
        for (Map<String, ?> map : maps) {
            if (!map.keySet().equals(keys)) {
                groups.add(new ArrayList<>());
                keys = map.keySet();
            }
            Map<String, Object> byColumn = new LinkedHashMap<>();
            for (Map.Entry<String, ?> e : map.entrySet()) {
                byColumn.put(property(m, e.getKey()).column().name(), e.getValue());
            }
            groups.get(groups.size() - 1).add(byColumn);
        }
        return groups;
    }

    // ---- UPDATE / DELETE

    /** Runs a bulk UPDATE, then gives the matched objects in the Session the new values. */
    OrmResult<Row> update(OrmUpdate<?> update) {
        Mapper m = update.mapper();
        if (update.valuesByProperty().isEmpty()) {
            throw new ArgumentError("update(" + m.type().getSimpleName() + ") has no values to set; call values(Map.of(\"field\", value))");
        }
        autoflush();
        List<Object> matched = matched(m, update.whereClauses(), update.sync(), "UPDATE");
        // new values are computed from the old ones before anything is assigned (SET a = b, b = a)
        Map<Object, Map<ColumnProperty, Object>> assignments = new java.util.IdentityHashMap<>();
        List<Object> toExpire = new ArrayList<>();
        for (Object obj : matched) {
            if (StateRegistry.get(obj).expired) {
                // its fields may be stale; it is reloaded on its next use anyway
                continue;
            }
            Map<ColumnProperty, Object> values = new LinkedHashMap<>();
            try {
                for (Map.Entry<ColumnProperty, Object> e : update.valuesByProperty().entrySet()) {
                    Object v = e.getValue() instanceof ColumnElement<?> expr ? Evaluator.evaluate(expr, m, obj) : e.getValue();
                    values.put(e.getKey(), v);
                }
                assignments.put(obj, values);
            } catch (Evaluator.Unevaluatable ex) {
                toExpire.add(obj);
            }
        }
        Update stmt = update.statement();
        Result r = session.connection().execute(stmt);
        for (Map.Entry<Object, Map<ColumnProperty, Object>> e : assignments.entrySet()) {
            assign(e.getKey(), e.getValue());
        }
        for (Object obj : toExpire) {
            session.expire(obj);
        }
        return new OrmResult<>(List.of(), false, stmt.toString(), r.rowcount());
    }

    /** UPDATE by primary key: each map holds the key fields and the new values; one executemany per key set. */
    OrmResult<Row> updateByPrimaryKey(OrmUpdate<?> update, List<? extends Map<String, ?>> params) {
        Mapper m = update.mapper();
        if (!update.whereClauses().isEmpty() || !update.valuesByProperty().isEmpty()) {
            throw new ArgumentError("A bulk UPDATE by primary key takes keys and values from its parameter maps; use update("
                    + m.type().getSimpleName() + ".class) without where() or values()");
        }
        if (params.isEmpty()) {
            throw new ArgumentError("A bulk UPDATE by primary key needs at least one map");
        }
        autoflush();
        Connection conn = session.connection();
        long count = 0;
        String sql = null;
        for (List<Map<String, Object>> group : groupByKeys(m, params)) {
            Map<String, Object> first = group.get(0);
            Update stmt = Update.of(m.bulkTable("UPDATE"));
            Map<String, Object> set = new LinkedHashMap<>();
            for (ColumnProperty pk : m.primaryKey()) {
                if (!first.containsKey(pk.column().name())) {
                    throw new ArgumentError("A bulk UPDATE of " + m.type().getSimpleName() + " (table '" + m.table().name()
                            + "') by primary key needs the key field '" + pk.fieldName() + "' in every map; got " + first.keySet());
                }
                stmt = stmt.where(pk.column().eq(BindParameter.named("pk_" + pk.column().name(), pk.column().type())));
            }
            for (String col : first.keySet()) {
                ColumnProperty p = property(m, col);
                if (!p.column().isPrimaryKey()) {
                    set.put(col, BindParameter.named(col, p.column().type()));
                }
            }
            if (set.isEmpty()) {
                throw new ArgumentError("A bulk UPDATE of " + m.type().getSimpleName() + " by primary key got maps with only key fields: "
                        + first.keySet());
            }
            stmt = stmt.values(set);
            sql = stmt.toString();
            List<Map<String, Object>> binds = new ArrayList<>();
            for (Map<String, Object> row : group) {
                Map<String, Object> b = new LinkedHashMap<>();
                for (Map.Entry<String, Object> e : row.entrySet()) {
                    b.put(property(m, e.getKey()).column().isPrimaryKey() ? "pk_" + e.getKey() : e.getKey(), e.getValue());
                }
                binds.add(b);
            }
            Result r = binds.size() == 1 ? conn.execute(stmt, binds.get(0)) : conn.execute(stmt, binds);
            count += r.rowcount();
            for (Map<String, Object> row : group) {
                List<Object> key = new ArrayList<>();
                for (ColumnProperty pk : m.primaryKey()) {
                    key.add(row.get(pk.column().name()));
                }
                Object obj = session.identityObject(m.keyOfId(key));
                if (obj != null) {
                    Map<ColumnProperty, Object> values = new LinkedHashMap<>();
                    for (Map.Entry<String, Object> e : row.entrySet()) {
                        ColumnProperty p = property(m, e.getKey());
                        if (!p.column().isPrimaryKey()) {
                            values.put(p, e.getValue());
                        }
                    }
                    assign(obj, values);
                }
            }
        }
        return new OrmResult<>(List.of(), false, sql, count);
    }

    /** Runs a bulk DELETE, then marks the matched objects in the Session deleted. */
    OrmResult<Row> delete(OrmDelete<?> delete) {
        autoflush();
        List<Object> matched = matched(delete.mapper(), delete.whereClauses(), delete.sync(), "DELETE");
        var stmt = delete.statement();
        Result r = session.connection().execute(stmt);
        for (Object obj : matched) {
            session.markBulkDeleted(obj);
        }
        return new OrmResult<>(List.of(), false, stmt.toString(), r.rowcount());
    }

    /** The objects in the Session whose rows {@code where} matches, found as {@code mode} says. */
    private List<Object> matched(Mapper m, List<ColumnElement<Boolean>> where, SynchronizeSession mode, String what) {
        if (mode == SynchronizeSession.NONE) {
            return List.of();
        }
        if (mode != SynchronizeSession.FETCH) {
            try {
                return evaluated(m, where);
            } catch (Evaluator.Unevaluatable e) {
                if (mode == SynchronizeSession.EVALUATE) {
                    throw new InvalidRequestError("Could not evaluate the WHERE clause of a bulk " + what + " of table '" + m.table().name()
                            + "' in Java: " + e.getMessage() + "; use synchronizeSession(FETCH) or NONE");
                }
            }
        }
        return fetched(m, where);
    }

    private List<Object> evaluated(Mapper m, List<ColumnElement<Boolean>> where) {
        // a dry run on a blank object finds clauses that cannot be evaluated even when the Session holds no object
        Object blank = m.blankInstance();
        if (blank != null) {
            Evaluator.matches(where, m, blank);
        }
        List<Object> out = new ArrayList<>();
        for (Object obj : session.identityMapValues()) {
            InstanceState st = StateRegistry.get(obj);
            // an expired object is reloaded on its next use anyway
            if (st != null && st.mapper() == m && !st.expired && !st.markedDeleted && Evaluator.matches(where, m, obj)) {
                out.add(obj);
            }
        }
        return out;
    }

    private List<Object> fetched(Mapper m, List<ColumnElement<Boolean>> where) {
        List<ColumnElement<?>> pk = new ArrayList<>();
        for (ColumnProperty p : m.primaryKey()) {
            pk.add(p.column());
        }
        @SuppressWarnings("unchecked")
        ColumnElement<Boolean>[] w = where.toArray(new ColumnElement[0]);
        Select q = Select.of(pk.toArray(new ColumnElement<?>[0])).where(w);
        List<Object> out = new ArrayList<>();
        for (Row r : session.connection().execute(q).all()) {
            Object obj = session.identityObject(m.keyOfId(r.toList()));
            if (obj != null) {
                out.add(obj);
            }
        }
        return out;
    }

    /** Sets fields to values the database now holds, so the flush does not see them as changes. */
    private static void assign(Object obj, Map<ColumnProperty, Object> values) {
        InstanceState st = StateRegistry.get(obj);
        if (st.mapper().isRecord()) {
            // a record cannot take the new values in place: its next Session access loads a new instance
            st.expire(obj);
            return;
        }
        for (Map.Entry<ColumnProperty, Object> e : values.entrySet()) {
            ColumnProperty p = e.getKey();
            Object v = p.column().type().coerce(e.getValue());
            p.set(obj, v);
            if (st.snapshot != null) {
                Object[] s = st.snapshot.clone();
                s[p.index()] = v;
                st.snapshot = s;
            }
            if (st.expiredValues != null) {
                Object[] s = st.expiredValues.clone();
                s[p.index()] = v;
                st.expiredValues = s;
            }
        }
    }
}
