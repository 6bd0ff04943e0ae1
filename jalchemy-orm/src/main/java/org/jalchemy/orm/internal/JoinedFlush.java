package org.jalchemy.orm.internal;

import static org.jalchemy.Sql.bindparam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Result;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.exc.FlushError;
import org.jalchemy.orm.exc.StaleDataError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Delete;
import org.jalchemy.sql.Insert;
import org.jalchemy.sql.Update;

/**
 * The statements of one object of a joined-table subclass: an INSERT per table from the root's down (the root's
 * first, for its generated key), an UPDATE per table whose columns changed, a DELETE per table from its own up.
 */
final class JoinedFlush {
    private JoinedFlush() {}

    /**
     * INSERTs the object's rows; returns whether columns with server defaults were left out (so the object is expired).
     *
     * @throws FlushError naming the class when a key value that is not generated is null
     */
    static boolean insert(Connection conn, Mapper m, Object obj, InstanceState st) {
        Map<Table, Map<String, Object>> rows = new LinkedHashMap<>();
        for (Table t : m.tables()) {
            rows.put(t, new LinkedHashMap<>());
        }
        boolean needsKey = false;
        boolean serverDefaults = false;
        for (ColumnProperty p : m.properties()) {
            Object v = p.get(obj);
            Column<Object> c = p.column();
            if (c.isPrimaryKey() && m.generatesKey() && (v == null || p.isUnset(obj))) {
                needsKey = true;
                continue;
            }
            if (v == null && c.isPrimaryKey()) {
                throw new FlushError("Instance " + m.type().getSimpleName() + " has a NULL primary key field '"
                        + p.fieldName() + "'; assign it before the flush (only a lone Integer/Long key is generated)");
            }
            if (v == null && c.serverDefaultValue() != null) {
                serverDefaults = true;
                continue;
            }
            rows.get(c.table()).put(c.name(), v);
        }
        Table root = m.tables().get(0);
        Result r = conn.execute(Insert.into(root), rows.get(root));
        if (needsKey) {
            ColumnProperty pk = m.primaryKey().get(0);
            Row key = r.insertedPrimaryKey();
            pk.set(obj, pk.column().type().coerce(key.get(0)));
            st.keyGenerated = true;
        }
        for (Table t : m.tables().subList(1, m.tables().size())) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (ColumnProperty pk : m.primaryKey()) {
                row.put(pk.column().name(), pk.get(obj));
            }
            row.putAll(rows.get(t));
            conn.execute(Insert.into(t), row);
        }
        return serverDefaults;
    }

    /**
     * UPDATEs each table holding a changed column (the root's also for a version bump, checking the old version);
     * sets the new version into the object.
     *
     * @throws StaleDataError when a row is gone or its version moved on
     */
    static void update(Connection conn, Mapper m, Object obj, InstanceState st, List<ColumnProperty> changed) {
        Object[] base = st.snapshot;
        ColumnProperty version = m.version();
        Object newVersion = null;
        if (version != null) {
            Object old = base[version.index()];
            newVersion = old instanceof Long l ? (Object) (l + 1) : (Object) (((Integer) old) + 1);
        }
        for (Table t : m.tables()) {
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, Object> params = new HashMap<>();
            for (ColumnProperty p : changed) {
                if (p.column().table() == t) {
                    values.put(p.column().name(), bindparam("s_" + p.column().name(), p.column().type()));
                    params.put("s_" + p.column().name(), p.get(obj));
                }
            }
            boolean versioned = version != null && version.column().table() == t;
            if (versioned) {
                values.put(version.column().name(), bindparam("s_" + version.column().name(), version.column().type()));
                params.put("s_" + version.column().name(), newVersion);
            }
            if (values.isEmpty()) {
                continue;
            }
            Update u = Update.of(t).values(values).where(where(t, m, versioned, base, params));
            check("UPDATE", t, m, conn.execute(u, params).rowcount());
        }
        if (version != null) {
            version.set(obj, newVersion);
        }
    }

    /**
     * DELETEs the object's rows, its own table's first and the root's (checking the version) last.
     *
     * @throws StaleDataError when a row is gone or its version moved on
     */
    static void delete(Connection conn, Mapper m, InstanceState st) {
        Object[] base = st.snapshot;
        List<Table> tables = new ArrayList<>(m.tables());
        java.util.Collections.reverse(tables);
        for (Table t : tables) {
            Map<String, Object> params = new HashMap<>();
            boolean versioned = m.version() != null && m.version().column().table() == t;
            Delete d = Delete.from(t).where(where(t, m, versioned, base, params));
            check("DELETE", t, m, conn.execute(d, params).rowcount());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ColumnElement<Boolean>[] where(Table t, Mapper m, boolean versioned, Object[] base, Map<String, Object> params) {
        List<ColumnElement<Boolean>> out = new ArrayList<>();
        List<Column<Object>> key = t == m.tables().get(0) ? JoinedInheritance.rootKey(m) : JoinedInheritance.keyOf(t, m);
        List<ColumnProperty> pk = m.primaryKey();
        for (int i = 0; i < key.size(); i++) {
            Column<Object> c = key.get(i);
            out.add(c.eq(bindparam("w_" + c.name(), c.type())));
            params.put("w_" + c.name(), base[pk.get(i).index()]);
        }
        if (versioned) {
            Column<Object> c = m.version().column();
            out.add(c.eq(bindparam("w_" + c.name(), c.type())));
            params.put("w_" + c.name(), base[m.version().index()]);
        }
        return out.toArray(new ColumnElement[0]);
    }

    private static void check(String kind, Table t, Mapper m, long matched) {
        if (matched >= 0 && matched != 1) {
            throw new StaleDataError(kind + " statement on table '" + t.name() + "' expected to "
                    + (kind.equals("UPDATE") ? "update" : "delete") + " 1 row of " + m.type().getSimpleName() + "; " + matched
                    + " were matched" + (m.version() != null ? " (the row was changed or deleted by another transaction: "
                    + "its version moved on)" : ""));
        }
    }
}
