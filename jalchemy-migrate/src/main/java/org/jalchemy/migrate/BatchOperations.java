package org.jalchemy.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jalchemy.schema.Column;

/**
 * The changes of one {@link Operations#batchAlterTable} block, recorded and then applied together: as a table
 * rebuild on SQLite, as ordinary ALTERs elsewhere.
 */
public final class BatchOperations {
    private final String table;
    final List<Column<?>> addedColumns = new ArrayList<>();
    final List<String> droppedColumns = new ArrayList<>();
    final List<String[]> alteredNames = new ArrayList<>();
    final List<AlterColumn> alterations = new ArrayList<>();
    final List<String[]> addedIndexes = new ArrayList<>();
    final List<String> droppedIndexes = new ArrayList<>();
    final List<String[]> addedUniques = new ArrayList<>();
    final List<String[]> addedChecks = new ArrayList<>();
    final List<ExistingTable.Fk> addedForeignKeys = new ArrayList<>();
    final List<String[]> droppedConstraints = new ArrayList<>();
    private final List<Consumer<Operations>> replay = new ArrayList<>();

    BatchOperations(String table) {
        this.table = table;
    }

    /** Adds a column. */
    public BatchOperations addColumn(Column<?> column) {
        addedColumns.add(column);
        replay.add(op -> op.addColumn(table, column));
        return this;
    }

    /** Drops a column. */
    public BatchOperations dropColumn(String column) {
        droppedColumns.add(column);
        replay.add(op -> op.dropColumn(table, column));
        return this;
    }

    /** Changes a column's type, nullability, default or name. */
    public BatchOperations alterColumn(String column, Consumer<AlterColumn> changes) {
        AlterColumn a = new AlterColumn();
        changes.accept(a);
        alteredNames.add(new String[] {column});
        alterations.add(a);
        replay.add(op -> op.alterColumn(table, column, changes));
        return this;
    }

    /** Creates an index (after the rebuild on SQLite). */
    public BatchOperations createIndex(String name, boolean unique, String... columns) {
        String[] entry = new String[columns.length + 2];
        entry[0] = name;
        entry[1] = Boolean.toString(unique);
        System.arraycopy(columns, 0, entry, 2, columns.length);
        addedIndexes.add(entry);
        replay.add(op -> op.createIndex(name, table, List.of(columns), unique));
        return this;
    }

    /** Drops an index. */
    public BatchOperations dropIndex(String name) {
        droppedIndexes.add(name);
        replay.add(op -> op.dropIndex(name, table));
        return this;
    }

    /** Adds a UNIQUE constraint. */
    public BatchOperations createUniqueConstraint(String name, String... columns) {
        String[] entry = new String[columns.length + 1];
        entry[0] = name;
        System.arraycopy(columns, 0, entry, 1, columns.length);
        addedUniques.add(entry);
        replay.add(op -> op.createUniqueConstraint(name, table, columns));
        return this;
    }

    /** Adds a CHECK constraint. */
    public BatchOperations createCheckConstraint(String name, String condition) {
        addedChecks.add(new String[] {name, condition});
        replay.add(op -> op.createCheckConstraint(name, table, condition));
        return this;
    }

    /**
     * Adds a FOREIGN KEY (columns) REFERENCES referent (referentColumns) [ON DELETE onDelete]; existing rows must
     * satisfy it (on SQLite the Migrator checks every reference before the revision commits).
     */
    public BatchOperations createForeignKey(String name, String referent, List<String> columns, List<String> referentColumns,
                                            String onDelete) {
        if (name == null || columns.isEmpty() || columns.size() != referentColumns.size()) {
            throw new MigrationError("batch createForeignKey on table '" + table + "' needs a name and as many referent "
                    + "columns as local columns: " + name + " " + columns + " -> " + referent + referentColumns);
        }
        addedForeignKeys.add(new ExistingTable.Fk(name, List.copyOf(columns), referent, List.copyOf(referentColumns), onDelete, null));
        replay.add(op -> op.createForeignKey(name, table, referent, columns, referentColumns, onDelete));
        return this;
    }

    /** A foreign key without ON DELETE. */
    public BatchOperations createForeignKey(String name, String referent, List<String> columns, List<String> referentColumns) {
        return createForeignKey(name, referent, columns, referentColumns, null);
    }

    /** Drops a named constraint ({@code kind} as in {@link Operations#dropConstraint}: foreignkey, unique, check, primary). */
    public BatchOperations dropConstraint(String name, String kind) {
        droppedConstraints.add(new String[] {name, kind});
        replay.add(op -> op.dropConstraint(name, table, kind));
        return this;
    }

    /** The table the batch changes. */
    String table() {
        return table;
    }

    void replay(Operations op) {
        for (Consumer<Operations> step : replay) {
            step.accept(op);
        }
    }
}
