package org.jalchemy.migrate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jalchemy.Sql;
import org.jalchemy.engine.Connection;
import org.jalchemy.schema.CheckConstraint;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.CreateTable;
import org.jalchemy.schema.ForeignKeyConstraint;
import org.jalchemy.schema.Inspector;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.NamingConvention;
import org.jalchemy.schema.PrimaryKeyConstraint;
import org.jalchemy.schema.ReflectedForeignKey;
import org.jalchemy.schema.SchemaItem;
import org.jalchemy.schema.Table;
import org.jalchemy.schema.UniqueConstraint;

/**
 * SQLite batch mode ("move and copy", as Alembic's batch operations): takes the table's definition (reflected, or the
 * {@code copyFrom} Table a revision gives, which is what lets it run offline), applies the recorded changes, then
 * creates the new table under a temporary name, copies the rows, drops the old table, renames the new one and
 * recreates the indexes and triggers (read from {@code sqlite_master}; offline only the copyFrom definition is known,
 * so triggers are not recreated there). Views that select from the table keep working.
 *
 * <p>Foreign-key enforcement decides the order. Dropping a table that others refer to, while {@code PRAGMA
 * foreign_keys} is on, deletes its rows first and fires their ON DELETE actions (a CASCADE would empty the children).
 * So the move-and-copy needs enforcement off; the {@link Migrator} switches it off around each SQLite revision (it
 * can only be switched outside a transaction) and checks every reference before the commit. When it is still on
 * (operations run inside a transaction of the caller's), the rows are parked in a plain copy, the table is dropped
 * and created again under its own name and the rows copied back, with checks deferred to the commit; that keeps plain
 * references intact, and is refused up front where an ON DELETE action would fire. Either way everything runs in the
 * revision's transaction, so a failure leaves the table as it was.
 */
final class SqliteTableRebuild {
    /** Names are final here: reflected or resolved ones are kept as they are, new ones are given explicitly. */
    private static final NamingConvention AS_GIVEN = NamingConvention.of(Map.of());

    private final Operations op;
    private final SqlSink sink;
    private final BatchOperations batch;
    private final Table copyFrom;
    private final String table;
    private List<String> triggers = List.of();

    SqliteTableRebuild(Operations op, SqlSink sink, BatchOperations batch, Table copyFrom) {
        this.op = op;
        this.sink = sink;
        this.batch = batch;
        this.copyFrom = copyFrom;
        this.table = batch.table();
    }

    void run() {
        Connection conn = sink.connection();
        ExistingTable old;
        if (copyFrom != null) {
            old = ExistingTable.of(copyFrom);
        } else if (conn == null) {
            throw new MigrationError("Batch mode on SQLite reads table '" + table + "' from the database, so it cannot run "
                    + "offline (--sql) unless the revision gives the table's current definition: "
                    + "op.batchAlterTable(op.table(\"" + table + "\", columns and constraints...), batch -> ...)");
        } else {
            old = ExistingTable.reflect(Inspector.of(conn), table);
        }
        NewTable next = new NewTable(old, batch);
        triggers = triggers(conn, table);
        if (conn == null) {
            // a script runs statement by statement: enforcement off outside the savepoint, and the rebuild all or nothing
            op.runSql("PRAGMA foreign_keys = OFF");
            op.runSql("SAVEPOINT jalchemy_batch");
            moveAndCopy(next);
            op.runSql("RELEASE jalchemy_batch");
            op.runSql("PRAGMA foreign_keys = ON");
        } else if (!pragmaOn(conn, "foreign_keys")) {
            moveAndCopy(next);
        } else {
            refuseActionsThatDropWouldFire(conn);
            parkAndCopyBack(next);
        }
    }

    private void moveAndCopy(NewTable next) {
        String tmp = "_jalchemy_tmp_" + table;
        op.runStatement(new CreateTable(define(tmp, next.items())));
        op.runSql("INSERT INTO " + op.q(tmp) + " (" + String.join(", ", quoted(next.copiedNew))
                + ") SELECT " + String.join(", ", quoted(next.copiedOld)) + " FROM " + op.q(table));
        op.runSql("DROP TABLE " + op.q(table));
        renameOverDroppedTable(tmp);
        createIndexes(next);
    }

    /**
     * SQLite 3.26+ re-reads every view and trigger when renaming, and one that selects from the table just dropped
     * fails the rename; the legacy rename leaves them alone (they name the table, which is back once renamed). The
     * flag belongs to the connection, not the transaction, so it is put back even when the rename fails.
     */
    private void renameOverDroppedTable(String tmp) {
        String rename = "ALTER TABLE " + op.q(tmp) + " RENAME TO " + op.q(table);
        Connection conn = sink.connection();
        boolean wasLegacy = conn != null && pragmaOn(conn, "legacy_alter_table");
        if (wasLegacy) {
            op.runSql(rename);
            return;
        }
        op.runSql("PRAGMA legacy_alter_table = ON");
        try {
            op.runSql(rename);
        } finally {
            op.runSql("PRAGMA legacy_alter_table = OFF");
        }
    }

    private void parkAndCopyBack(NewTable next) {
        String parked = "_jalchemy_old_" + table;
        // the references dangle from DROP until the rows are back, which deferred checking allows
        op.runSql("PRAGMA defer_foreign_keys = ON");
        op.runSql("CREATE TABLE " + op.q(parked) + " AS SELECT * FROM " + op.q(table));
        op.runSql("DROP TABLE " + op.q(table));
        op.runStatement(new CreateTable(define(table, next.items())));
        op.runSql("INSERT INTO " + op.q(table) + " (" + String.join(", ", quoted(next.copiedNew)) + ") SELECT "
                + String.join(", ", quoted(next.copiedOld)) + " FROM " + op.q(parked));
        op.runSql("DROP TABLE " + op.q(parked));
        createIndexes(next);
    }

    private void createIndexes(NewTable next) {
        for (ExistingTable.Ix ix : next.indexes) {
            op.createIndex(ix.name(), table, ix.columns(), ix.unique());
        }
        for (String trigger : triggers) {
            op.runSql(trigger);
        }
    }

    /** The CREATE TRIGGER statements on the table (DROP TABLE drops them); none offline, where only copyFrom is known. */
    private static List<String> triggers(Connection conn, String table) {
        if (conn == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object sql : conn.execute(Sql.text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
                Map.of("t", table)).scalars().all()) {
            out.add((String) sql);
        }
        return out;
    }

    private static Table define(String name, List<SchemaItem> items) {
        return new MetaData(AS_GIVEN).table(name, items.toArray(SchemaItem[]::new));
    }

    private static boolean pragmaOn(Connection conn, String pragma) {
        Object on = conn.execute(Sql.text("PRAGMA " + pragma)).scalar();
        return on instanceof Number n && n.intValue() != 0;
    }

    private void refuseActionsThatDropWouldFire(Connection conn) {
        Inspector insp = Inspector.of(conn);
        for (String t : insp.tableNames()) {
            for (ReflectedForeignKey fk : insp.foreignKeys(t)) {
                if (fk.referredTable().equalsIgnoreCase(table) && fk.onDelete() != null) {
                    throw new MigrationError("batchAlterTable(\"" + table + "\") on SQLite: foreign keys are enforced in this "
                            + "transaction, so dropping the old table would fire ON DELETE " + fk.onDelete() + " of " + t + " "
                            + fk.columns() + "; run the revision through the Migrator (it switches enforcement off around "
                            + "each revision and checks every reference before the commit), or run PRAGMA foreign_keys = OFF "
                            + "before the transaction begins");
                }
            }
        }
    }

    private List<String> quoted(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(op.q(n));
        }
        return out;
    }

    /** The table after the batch: its columns and constraints, which columns carry rows over, its indexes. */
    private static final class NewTable {
        final List<ExistingTable.Col> columns = new ArrayList<>();
        final List<String> copiedOld = new ArrayList<>();
        final List<String> copiedNew = new ArrayList<>();
        final List<String> primaryKey = new ArrayList<>();
        final List<ExistingTable.Unique> uniques = new ArrayList<>();
        final List<ExistingTable.Fk> foreignKeys = new ArrayList<>();
        final List<ExistingTable.Check> checks = new ArrayList<>();
        final List<ExistingTable.Ix> indexes = new ArrayList<>();
        private final BatchOperations batch;
        private final List<Column<?>> added;

        NewTable(ExistingTable old, BatchOperations batch) {
            this.batch = batch;
            this.added = batch.addedColumns;
            Renames renames = new Renames(old, batch);
            for (ExistingTable.Col c : old.columns()) {
                if (batch.droppedColumns.contains(c.name())) {
                    continue;
                }
                ExistingTable.Col now = renames.apply(c);
                columns.add(now);
                copiedOld.add(c.name());
                copiedNew.add(now.name());
            }
            boolean dropPk = dropped(old, "primary", "primary key", old.primaryKey().isEmpty() ? List.of() : List.of(""));
            if (!dropPk && renames.survive(old.primaryKey())) {
                primaryKey.addAll(renames.map(old.primaryKey()));
            }
            List<String> names = new ArrayList<>();
            for (ExistingTable.Unique u : old.uniques()) {
                names.add(u.name());
            }
            for (ExistingTable.Unique u : old.uniques()) {
                if (!isDropped(u.name(), "unique") && renames.survive(u.columns())) {
                    uniques.add(new ExistingTable.Unique(u.name(), renames.map(u.columns())));
                }
            }
            dropped(old, "unique", "unique constraint", names);
            for (String[] u : batch.addedUniques) {
                uniques.add(new ExistingTable.Unique(u[0], List.of(u).subList(1, u.length)));
            }
            names = new ArrayList<>();
            for (ExistingTable.Fk fk : old.foreignKeys()) {
                names.add(fk.name());
                if (!isDropped(fk.name(), "foreignkey") && renames.survive(fk.columns())) {
                    foreignKeys.add(new ExistingTable.Fk(fk.name(), renames.map(fk.columns()), fk.referredTable(),
                            fk.referredColumns(), fk.onDelete(), fk.onUpdate()));
                }
            }
            dropped(old, "foreignkey", "foreign key", names);
            foreignKeys.addAll(batch.addedForeignKeys);
            names = new ArrayList<>();
            for (ExistingTable.Check ck : old.checks()) {
                names.add(ck.name());
                if (!isDropped(ck.name(), "check")) {
                    checks.add(ck);
                }
            }
            dropped(old, "check", "check constraint", names);
            for (String[] ck : batch.addedChecks) {
                checks.add(new ExistingTable.Check(ck[0], ck[1]));
            }
            names = new ArrayList<>();
            for (ExistingTable.Ix ix : old.indexes()) {
                names.add(ix.name());
                if (!batch.droppedIndexes.contains(ix.name()) && renames.survive(ix.columns())) {
                    indexes.add(new ExistingTable.Ix(ix.name(), renames.map(ix.columns()), ix.unique()));
                }
            }
            for (String ix : batch.droppedIndexes) {
                if (!names.contains(ix)) {
                    throw new MigrationError("batchAlterTable(\"" + old.name() + "\").dropIndex(\"" + ix + "\"): the table has "
                            + "no such index; its indexes are " + names);
                }
            }
            for (String[] ix : batch.addedIndexes) {
                indexes.add(new ExistingTable.Ix(ix[0], List.of(ix).subList(2, ix.length), Boolean.parseBoolean(ix[1])));
            }
        }

        private boolean isDropped(String name, String kind) {
            for (String[] d : batch.droppedConstraints) {
                if (d[1].equals(kind) && d[0].equals(name)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the batch drops a constraint of {@code kind}; a name the table does not have is an error. */
        private boolean dropped(ExistingTable old, String kind, String what, List<String> existing) {
            boolean any = false;
            for (String[] d : batch.droppedConstraints) {
                if (!d[1].equals(kind)) {
                    continue;
                }
                if (!kind.equals("primary") && !existing.contains(d[0])) {
                    throw new MigrationError("batchAlterTable(\"" + old.name() + "\").dropConstraint(\"" + d[0] + "\", \"" + kind
                            + "\"): the table has no " + what + " of that name; its named " + what + "s are "
                            + existing.stream().filter(n -> n != null && !n.isEmpty()).toList());
                }
                if (kind.equals("primary") && existing.isEmpty()) {
                    throw new MigrationError("batchAlterTable(\"" + old.name() + "\").dropConstraint(\"" + d[0]
                            + "\", \"primary\"): the table has no primary key");
                }
                any = true;
            }
            return any;
        }

        List<SchemaItem> items() {
            List<SchemaItem> items = new ArrayList<>();
            for (ExistingTable.Col c : columns) {
                Column<?> col = Column.of(c.name(), c.type()).nullable(c.nullable());
                if (c.serverDefault() != null) {
                    col.serverDefault(c.serverDefault());
                }
                items.add(col);
            }
            items.addAll(added);
            if (!primaryKey.isEmpty()) {
                items.add(PrimaryKeyConstraint.of(primaryKey.toArray(String[]::new)));
            }
            for (ExistingTable.Unique u : uniques) {
                String[] cols = u.columns().toArray(String[]::new);
                items.add(u.name() == null ? UniqueConstraint.of(cols) : UniqueConstraint.named(u.name(), cols));
            }
            for (ExistingTable.Fk fk : foreignKeys) {
                List<String> targets = new ArrayList<>();
                for (String rc : fk.referredColumns()) {
                    targets.add(fk.referredTable() + "." + rc);
                }
                ForeignKeyConstraint f = ForeignKeyConstraint.of(fk.columns(), targets);
                if (fk.onDelete() != null) {
                    f.onDelete(fk.onDelete());
                }
                if (fk.onUpdate() != null) {
                    f.onUpdate(fk.onUpdate());
                }
                items.add(fk.name() == null ? f : f.named(fk.name()));
            }
            for (ExistingTable.Check ck : checks) {
                items.add(CheckConstraint.of(ck.sqlText(), ck.name()));
            }
            return items;
        }
    }

    /** The batch's column changes: renames followed into constraints and indexes; dropped columns end them. */
    private static final class Renames {
        private final BatchOperations batch;
        private final Map<String, String> renamed = new java.util.HashMap<>();

        Renames(ExistingTable old, BatchOperations batch) {
            this.batch = batch;
            List<String> names = new ArrayList<>();
            for (ExistingTable.Col c : old.columns()) {
                names.add(c.name());
            }
            for (String d : batch.droppedColumns) {
                if (!names.contains(d)) {
                    throw new MigrationError("batchAlterTable(\"" + old.name() + "\").dropColumn(\"" + d + "\"): the table has no "
                            + "such column; its columns are " + names);
                }
            }
            for (String[] a : batch.alteredNames) {
                if (!names.contains(a[0])) {
                    throw new MigrationError("batchAlterTable(\"" + old.name() + "\").alterColumn(\"" + a[0] + "\"): the table has no "
                            + "such column; its columns are " + names);
                }
            }
        }

        ExistingTable.Col apply(ExistingTable.Col c) {
            ExistingTable.Col now = c;
            for (int i = 0; i < batch.alteredNames.size(); i++) {
                if (batch.alteredNames.get(i)[0].equals(c.name())) {
                    AlterColumn a = batch.alterations.get(i);
                    now = new ExistingTable.Col(a.newName != null ? a.newName : now.name(), a.type != null ? a.type : now.type(),
                            a.nullable != null ? a.nullable : now.nullable(),
                            a.changeDefault ? (a.serverDefault == null ? null : Column.of(now.name(), now.type())
                                    .serverDefault(Sql.text(a.serverDefault.replace(":", "\\:"))).serverDefaultValue())
                                    : now.serverDefault());
                }
            }
            renamed.put(c.name(), now.name());
            return now;
        }

        /** Whether none of {@code columns} is dropped (a constraint or index over a dropped column goes with it). */
        boolean survive(List<String> columns) {
            return Collections.disjoint(columns, batch.droppedColumns);
        }

        List<String> map(List<String> names) {
            List<String> out = new ArrayList<>();
            for (String n : names) {
                out.add(renamed.getOrDefault(n, n));
            }
            return out;
        }
    }
}
