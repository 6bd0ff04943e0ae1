package org.jalchemy.orm.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.SchemaItem;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.FromClause;

/**
 * Joined-table inheritance: the table of each subclass (its own fields plus key columns that are both its primary key
 * and a foreign key to the parent's table) and the join a polymorphic SELECT reads from.
 */
final class JoinedInheritance {
    private JoinedInheritance() {}

    /**
     * The flush rank of each table of {@code sorted} (tables in foreign-key order): the tables of a joined-table
     * hierarchy share one rank, placed after every table any of them refers to, so that an object's rows (written
     * together) come after their parents and before the rows referring to any of them.
     */
    static Map<Table, Integer> flushRanks(List<Table> sorted, MetaData metadata) {
        JoinedRoots roots = metadata instanceof JoinedRoots r ? r : null;
        Map<Table, Table> group = new java.util.IdentityHashMap<>();
        List<Table> groups = new ArrayList<>();
        for (Table t : sorted) {
            Table root = roots == null ? null : roots.joinedRoot(t);
            Table g = root == null ? t : root;
            group.put(t, g);
            if (!groups.contains(g)) {
                groups.add(g);
            }
        }
        Map<Table, Set<Table>> deps = new java.util.IdentityHashMap<>();
        for (Table t : sorted) {
            Set<Table> d = deps.computeIfAbsent(group.get(t), k -> new java.util.HashSet<>());
            for (org.jalchemy.schema.ForeignKeyConstraint fk : t.foreignKeys()) {
                Table g = group.get(fk.referredTable());
                if (g != null && g != group.get(t)) {
                    d.add(g);
                }
            }
        }
        List<Table> order = new ArrayList<>();
        while (order.size() < groups.size()) {
            Table next = null;
            for (Table g : groups) {
                if (!order.contains(g) && order.containsAll(deps.get(g))) {
                    next = g;
                    break;
                }
            }
            if (next == null) {
                // a cycle: keep the foreign-key order for what remains
                next = groups.stream().filter(g -> !order.contains(g)).findFirst().orElseThrow();
            }
            order.add(next);
        }
        Map<Table, Integer> out = new java.util.IdentityHashMap<>();
        for (Table t : sorted) {
            out.put(t, order.indexOf(group.get(t)));
        }
        return out;
    }

    /** Checks what the {@code @Entity} of a joined-table subclass may say before its fields are mapped. */
    static void checkSubclass(Class<?> type, String declaredTable, Mapper parent) {
        for (Table t : parent.tables()) {
            if (t.name().equals(declaredTable)) {
                throw new MappingError("Class " + type.getName() + " is a joined-table subclass of " + parent.type().getName()
                        + " and needs a table of its own, not '" + t.name() + "' (the table of "
                        + (t == parent.table() ? parent.type().getName() : "a superclass") + ")");
            }
        }
    }

    /**
     * Creates the subclass's table in {@code metadata}: a key column per primary-key column of the root (same name and
     * type), referencing the parent's table, then {@code columns} (the subclass's own fields).
     */
    static Table subclassTable(Class<?> type, String name, MetaData metadata, Mapper parent, List<SchemaItem> columns) {
        if (metadata.tables().containsKey(name)) {
            throw new MappingError("Cannot map joined-table subclass " + type.getName() + ": table '" + name
                    + "' is already defined in this registry's MetaData; name another with @Entity(table = ...)");
        }
        List<SchemaItem> items = new ArrayList<>();
        Table parentTable = parent.table();
        for (Column<Object> rootKey : rootKey(parent)) {
            if (columns.stream().anyMatch(c -> c instanceof Column<?> col && col.name().equals(rootKey.name()))) {
                throw new MappingError("Joined-table subclass " + type.getName() + " maps a field to column '" + rootKey.name()
                        + "', the name of its table's key column (the primary key inherited from "
                        + parent.root().type().getName() + "); name the column differently with @Column(name = ...)");
            }
            Column<Object> key = new Column<>(rootKey.name(), rootKey.type());
            key.primaryKey().autoincrement(false).references(parentTable.name() + "." + rootKey.name());
            items.add(key);
        }
        items.addAll(columns);
        try {
            Table t = metadata.table(name, items.toArray(new SchemaItem[0]));
            if (metadata instanceof JoinedRoots roots) {
                roots.joinedRoot(t, parent.tables().get(0));
            }
            return t;
        } catch (org.jalchemy.exc.ArgumentError e) {
            throw new MappingError("Cannot map " + type.getName() + " to table '" + name + "': " + e.getMessage(), e);
        }
    }

    /** The root's primary-key columns, in key order. */
    static List<Column<Object>> rootKey(Mapper m) {
        List<Column<Object>> out = new ArrayList<>();
        for (ColumnProperty p : m.root().primaryKey()) {
            out.add(p.column());
        }
        return out;
    }

    /** The key columns of a subclass {@code table}, in the root's key order. */
    @SuppressWarnings("unchecked")
    static List<Column<Object>> keyOf(Table table, Mapper m) {
        List<Column<Object>> out = new ArrayList<>();
        for (Column<Object> k : rootKey(m)) {
            out.add((Column<Object>) table.c(k.name()));
        }
        return out;
    }

    /**
     * The root's table INNER JOIN each table of {@code m}'s own chain, LEFT OUTER JOIN the table of each of its subclasses
     * (SQLAlchemy's {@code with_polymorphic="*"}), each ON the root's key = its key.
     */
    static FromClause selectable(Mapper m) {
        Mapper root = m.root();
        List<Table> own = m.tables();
        FromClause from = own.get(0);
        for (Table t : own.subList(1, own.size())) {
            from = from.join(t, on(t, root));
        }
        for (Mapper sub : m.subclasses()) {
            Table t = sub.table();
            from = from.outerJoin(t, on(t, root));
        }
        return from;
    }

    /**
     * {@code s}, which has just joined {@code anchor} (a table of {@code m}), with {@code m}'s other tables joined
     * ({@code outer} or inner) and its subclasses' tables outer-joined, each ON its key = the anchor's, attached to the
     * FROM item holding {@code anchor}.
     */
    static org.jalchemy.sql.Select joinRest(org.jalchemy.sql.Select s, Mapper m, Table anchor, boolean outer) {
        for (Table t : m.tables()) {
            if (t != anchor) {
                s = outer ? s.outerJoinFrom(anchor, t, keysEqual(anchor, t, m)) : s.joinFrom(anchor, t, keysEqual(anchor, t, m));
            }
        }
        for (Mapper sub : m.subclasses()) {
            s = s.outerJoinFrom(anchor, sub.table(), keysEqual(anchor, sub.table(), m));
        }
        return s;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ColumnElement<Boolean> keysEqual(Table a, Table b, Mapper m) {
        List<Column<Object>> ka = keyOf(a, m);
        List<Column<Object>> kb = keyOf(b, m);
        ColumnElement<Boolean>[] parts = new ColumnElement[ka.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = ka.get(i).eq(kb.get(i));
        }
        return parts.length == 1 ? parts[0] : org.jalchemy.Sql.and(parts);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ColumnElement<Boolean> on(Table t, Mapper root) {
        List<Column<Object>> rootKey = rootKey(root);
        List<Column<Object>> key = keyOf(t, root);
        ColumnElement<Boolean>[] parts = new ColumnElement[key.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = rootKey.get(i).eq(key.get(i));
        }
        return parts.length == 1 ? parts[0] : org.jalchemy.Sql.and(parts);
    }
}
