package org.jalchemy.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order tables are created in (parents first) and the foreign keys that close dependency cycles: those
 * are left out of CREATE TABLE and added with ALTER TABLE once every table exists (where the database can).
 *
 * @param tables    the tables, each after the tables it refers to (except through {@code deferred})
 * @param deferred  foreign keys that refer to a table created later in {@code tables}
 */
record DdlOrder(List<Table> tables, List<ForeignKeyConstraint> deferred) {
    /** Copies the lists. */
    public DdlOrder {
        tables = List.copyOf(tables);
        deferred = List.copyOf(deferred);
    }

    /**
     * Orders {@code subset}: repeatedly takes the first table (in definition order) whose parents are all placed;
     * when only cycles remain, takes the first table that is on a cycle and defers its foreign keys to unplaced tables.
     * Self-references and references to tables outside the subset never block.
     */
    public static DdlOrder of(Collection<Table> subset) {
        Set<Table> remaining = new LinkedHashSet<>(subset);
        List<Table> out = new ArrayList<>();
        List<ForeignKeyConstraint> deferred = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Table ready = null;
            for (Table t : remaining) {
                if (parents(t, remaining).isEmpty()) {
                    ready = t;
                    break;
                }
            }
            if (ready == null) {
                ready = firstOnCycle(remaining);
                for (ForeignKeyConstraint fk : ready.foreignKeys()) {
                    Table parent = parent(fk);
                    if (parent != null && parent != ready && remaining.contains(parent)) {
                        deferred.add(fk);
                    }
                }
            }
            remaining.remove(ready);
            out.add(ready);
        }
        return new DdlOrder(out, deferred);
    }

    /** The foreign keys of {@code table} that are deferred. */
    public List<ForeignKeyConstraint> deferredOf(Table table) {
        List<ForeignKeyConstraint> out = new ArrayList<>();
        for (ForeignKeyConstraint fk : deferred) {
            if (fk.table() == table) {
                out.add(fk);
            }
        }
        return out;
    }

    private static Table parent(ForeignKeyConstraint fk) {
        return fk.table().metadata().tables().get(fk.referredTableName());
    }

    private static Set<Table> parents(Table t, Set<Table> remaining) {
        Set<Table> out = new LinkedHashSet<>();
        for (ForeignKeyConstraint fk : t.foreignKeys()) {
            Table parent = parent(fk);
            if (parent != null && parent != t && remaining.contains(parent)) {
                out.add(parent);
            }
        }
        return out;
    }

    /** The first table (definition order) that can reach itself through unplaced parents. */
    private static Table firstOnCycle(Set<Table> remaining) {
        for (Table start : remaining) {
            Set<Table> seen = new HashSet<>();
            List<Table> stack = new ArrayList<>(parents(start, remaining));
            while (!stack.isEmpty()) {
                Table t = stack.remove(stack.size() - 1);
                if (t == start) {
                    return start;
                }
                if (seen.add(t)) {
                    stack.addAll(parents(t, remaining));
                }
            }
        }
        return remaining.iterator().next();
    }
}
