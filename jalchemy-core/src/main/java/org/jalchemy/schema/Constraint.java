package org.jalchemy.schema;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.exc.ArgumentError;

/** A table constraint over named columns; the name may be left to the MetaData's naming convention. */
public abstract class Constraint implements SchemaItem {
    private final List<String> columnNames;
    private String name;
    private Table table;

    /** @param name the constraint name, or null; @param columnNames the local columns */
    protected Constraint(String name, List<String> columnNames) {
        this.name = name;
        this.columnNames = List.copyOf(columnNames);
    }

    @Override public void attachTo(Table t) {
        this.table = t;
    }

    /** Binds a derived constraint (from a column flag) to its table without registering it. */
    void attachToOnly(Table t) {
        this.table = t;
    }

    /** The table, once attached. */
    public Table table() { return table; }

    /** The explicit name, or null (see {@link MetaData#constraintName}). */
    public String name() { return name; }

    /** Sets the name; returns this. */
    public Constraint named(String newName) {
        this.name = newName;
        return this;
    }

    /** The naming-convention key of this kind of constraint: "pk", "fk", "uq" or "ck". */
    public abstract String conventionKey();

    /** How error messages show this constraint: its columns (a check shows its condition). */
    String describe() { return columnNames.toString(); }

    /** For naming conventions: the referred table of a foreign key, else null. */
    String referredTableForNaming() { return null; }

    /** For naming conventions: the first referred column of a foreign key, else null. */
    String referredColumnForNaming() { return null; }

    /** The local column names. */
    public List<String> columnNames() { return columnNames; }

    /** The local columns, resolved on the table. */
    public List<Column<?>> columns() {
        if (table == null) {
            throw new ArgumentError(getClass().getSimpleName() + " " + columnNames + " is not attached to a table");
        }
        List<Column<?>> cols = new ArrayList<>();
        for (String n : columnNames) {
            Column<?> c = table.columnOrNull(n);
            if (c == null) {
                throw new ArgumentError(getClass().getSimpleName() + " on table '" + table.name()
                        + "' names column '" + n + "', which the table does not have");
            }
            cols.add(c);
        }
        return cols;
    }
}
