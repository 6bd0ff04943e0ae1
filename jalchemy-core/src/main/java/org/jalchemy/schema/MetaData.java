package org.jalchemy.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.ArgumentError;

/**
 * A collection of tables: what {@code createAll} creates, {@code dropAll} drops and {@code reflect} fills.
 * <pre>{@code
 * MetaData metadata = new MetaData();
 * Table users = metadata.table("users", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(50)));
 * metadata.createAll(engine);
 * }</pre>
 */
public class MetaData {
    private final Map<String, Table> tables = new LinkedHashMap<>();

    /** Defines a table in this MetaData. */
    public Table table(String name, SchemaItem... items) {
        return new Table(name, this, items);
    }

    void add(Table table) {
        if (tables.containsKey(table.name())) {
            throw new ArgumentError("Table '" + table.name() + "' is already defined in this MetaData");
        }
        tables.put(table.name(), table);
    }

    /** Removes a table from this MetaData (not from the database). */
    public void remove(Table table) {
        tables.remove(table.name(), table);
    }

    /** The tables by name, in definition order. */
    public Map<String, Table> tables() {
        return Collections.unmodifiableMap(tables);
    }

    /** Every table, parents before the tables whose foreign keys refer to them. */
    public List<Table> sortedTables() {
        return sort(tables.values());
    }

    /**
     * Orders {@code subset} so that each table comes after the tables it refers to; tables in a cycle keep
     * definition order (their foreign keys are then added after the tables exist, where the database can).
     */
    static List<Table> sort(Collection<Table> subset) {
        Set<Table> remaining = new LinkedHashSet<>(subset);
        List<Table> out = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Table ready = null;
            for (Table t : remaining) {
                boolean blocked = false;
                for (ForeignKeyConstraint fk : t.foreignKeys()) {
                    Table parent = fk.table().metadata().tables().get(fk.referredTableName());
                    if (parent != null && parent != t && remaining.contains(parent)) {
                        blocked = true;
                        break;
                    }
                }
                if (!blocked) {
                    ready = t;
                    break;
                }
            }
            if (ready == null) {
                ready = remaining.iterator().next();
            }
            remaining.remove(ready);
            out.add(ready);
        }
        return out;
    }

    /** The name a constraint or index gets in DDL: its own, or null to let the database choose. */
    public String constraintName(Constraint constraint) {
        return constraint.name();
    }

    /** The name an index gets in DDL: its own, or {@code ix_<table>_<column>} for a column-level index. */
    public String indexName(Index index) {
        return index.name() != null ? index.name() : "ix_" + index.table().name() + "_" + String.join("_", index.columnNames());
    }

    /** CREATE TABLE for every table not yet in the database, in foreign-key order, in one transaction. */
    public void createAll(Engine engine) {
        engine.transaction(conn -> createAll(conn));
    }

    /** {@link #createAll(Engine)} inside the caller's connection and transaction. */
    public void createAll(Connection conn) {
        createAll(conn, tables.values(), true);
    }

    /** CREATE TABLE (and indexes) for {@code subset}; with {@code checkFirst}, tables that exist are left alone. */
    public void createAll(Connection conn, Collection<Table> subset, boolean checkFirst) {
        for (Table t : sort(subset)) {
            if (checkFirst && conn.dialect().hasTable(conn, t.name())) {
                continue;
            }
            conn.execute(new CreateTable(t));
            for (Index i : t.indexes()) {
                conn.execute(new CreateIndex(i));
            }
        }
    }

    /** DROP TABLE for every table that exists, children first, in one transaction. */
    public void dropAll(Engine engine) {
        engine.transaction(conn -> dropAll(conn));
    }

    /** {@link #dropAll(Engine)} inside the caller's connection and transaction. */
    public void dropAll(Connection conn) {
        dropAll(conn, tables.values(), true);
    }

    /** DROP TABLE for {@code subset}, children first; with {@code checkFirst}, missing tables are skipped. */
    public void dropAll(Connection conn, Collection<Table> subset, boolean checkFirst) {
        List<Table> order = new ArrayList<>(sort(subset));
        Collections.reverse(order);
        for (Table t : order) {
            if (checkFirst && !conn.dialect().hasTable(conn, t.name())) {
                continue;
            }
            conn.execute(new DropTable(t));
        }
    }
}
