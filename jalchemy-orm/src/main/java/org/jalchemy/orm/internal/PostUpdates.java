package org.jalchemy.orm.internal;

import static org.jalchemy.Sql.bindparam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.orm.ObjectState;
import org.jalchemy.schema.Column;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Update;

/**
 * The second pass of {@code @Relationship(postUpdate = true)}: a new row is INSERTed with such a foreign key NULL and
 * an UPDATE sets it once every INSERT is done; a row about to be DELETEd first has it set to NULL. Rows of one table
 * with the same columns to set go to the database as one executemany.
 */
final class PostUpdates {
    private final SessionAccess access;
    private final List<Pending> pending = new ArrayList<>();

    /** A new row's foreign key for relationship {@code r}, to be pointed at {@code parent} after the INSERTs. */
    private record Pending(Object child, RelationshipProperty r, Object parent) {
    }

    /** One UPDATE of a row's foreign-key columns. */
    private record Write(Object obj, InstanceState st, List<ColumnProperty> props, List<Object> values) {
    }

    PostUpdates(SessionAccess access) {
        this.access = access;
    }

    /** Forgets what a previous flush recorded. */
    void clear() {
        pending.clear();
    }

    /** Before {@code child}'s INSERT: sends its foreign key for {@code r} as NULL and remembers to set it afterwards. */
    void defer(Object child, RelationshipProperty r, Object parent) {
        for (RelationshipProperty.Pair p : r.pairs()) {
            p.child().set(child, null);
        }
        for (Pending p : pending) {
            if (p.child() == child && p.r() == r) {
                return;
            }
        }
        pending.add(new Pending(child, r, parent));
    }

    /** Once every INSERT is done: the UPDATEs setting the deferred foreign keys. */
    void afterInserts() {
        List<Write> writes = new ArrayList<>();
        for (Pending p : pending) {
            InstanceState st = StateRegistry.get(p.child());
            Object[] key = Relationships.parentValues(p.parent(), p.r());
            if (st == null || st.status != ObjectState.PERSISTENT || key == null) {
                continue;                    // the parent was not inserted (not in the Session): nothing to point at
            }
            List<ColumnProperty> props = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < key.length; i++) {
                ColumnProperty c = p.r().pairs().get(i).child();
                Object v = c.column().type().coerce(key[i]);
                c.set(p.child(), v);
                props.add(c);
                values.add(v);
            }
            writes.add(new Write(p.child(), st, props, values));
        }
        pending.clear();
        send(writes);
    }

    /**
     * Before the DELETEs: rows about to be deleted whose postUpdate foreign keys are not NULL in the database get them
     * set to NULL, so rows on a cycle can be deleted in any order.
     */
    void beforeDeletes() {
        List<Write> writes = new ArrayList<>();
        List<RelationshipProperty> oneToMany = new ArrayList<>();
        for (InstanceState st : access.attached().values()) {
            for (RelationshipProperty r : st.mapper().relationships()) {
                if (!r.viewOnly() && r.direction() == RelationshipProperty.Direction.ONE_TO_MANY && r.postUpdate()
                        && !oneToMany.contains(r)) {
                    oneToMany.add(r);
                }
            }
        }
        for (Map.Entry<Object, InstanceState> e : access.attached().entrySet()) {
            InstanceState st = e.getValue();
            if (st.status != ObjectState.PERSISTENT || !st.markedDeleted || st.snapshot == null) {
                continue;
            }
            List<ColumnProperty> props = new ArrayList<>();
            for (RelationshipProperty r : st.mapper().relationships()) {
                if (!r.viewOnly() && r.direction() == RelationshipProperty.Direction.MANY_TO_ONE && r.postUpdate()) {
                    addNonNull(props, r, st);
                }
            }
            for (RelationshipProperty r : oneToMany) {
                if (r.target() == st.mapper()) {
                    addNonNull(props, r, st);
                }
            }
            if (!props.isEmpty()) {
                List<Object> nulls = new ArrayList<>();
                props.forEach(p -> nulls.add(null));
                writes.add(new Write(e.getKey(), st, props, nulls));
            }
        }
        send(writes);
    }

    private static void addNonNull(List<ColumnProperty> props, RelationshipProperty r, InstanceState st) {
        for (RelationshipProperty.Pair p : r.pairs()) {
            if (st.snapshot[p.child().index()] != null && !props.contains(p.child())) {
                props.add(p.child());
            }
        }
    }

    /** Sends the writes, one executemany per table and set of columns, and records the new values in the snapshots. */
    @SuppressWarnings("unchecked")
    private void send(List<Write> writes) {
        Map<List<Object>, List<Write>> groups = new LinkedHashMap<>();
        for (Write w : writes) {
            List<Object> shape = new ArrayList<>();
            shape.add(w.st().mapper().table());
            shape.addAll(w.props());
            groups.computeIfAbsent(shape, k -> new ArrayList<>()).add(w);
        }
        for (List<Write> group : groups.values()) {
            Write first = group.get(0);
            Mapper m = first.st().mapper();
            Map<String, Object> set = new LinkedHashMap<>();
            for (ColumnProperty p : first.props()) {
                set.put(p.column().name(), bindparam("s_" + p.column().name(), p.column().type()));
            }
            List<ColumnElement<Boolean>> where = new ArrayList<>();
            for (ColumnProperty p : m.primaryKey()) {
                Column<Object> c = p.column();
                where.add(c.eq(bindparam("w_" + c.name(), c.type())));
            }
            List<Map<String, Object>> params = new ArrayList<>();
            for (Write w : group) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < w.props().size(); i++) {
                    row.put("s_" + w.props().get(i).column().name(), w.values().get(i));
                }
                for (ColumnProperty p : m.primaryKey()) {
                    row.put("w_" + p.column().name(), w.st().snapshot[p.index()]);
                }
                params.add(row);
            }
            Update stmt = Update.of(m.table()).values(set).where(where.toArray(new ColumnElement[0]));
            if (params.size() == 1) {
                access.connection().execute(stmt, params.get(0));
            } else {
                access.connection().execute(stmt, params);
            }
            for (Write w : group) {
                for (int i = 0; i < w.props().size(); i++) {
                    w.st().snapshot[w.props().get(i).index()] = w.values().get(i);
                }
            }
        }
    }
}
