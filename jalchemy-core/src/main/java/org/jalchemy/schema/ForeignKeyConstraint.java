package org.jalchemy.schema;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.exc.NoSuchColumnError;
import org.jalchemy.exc.NoSuchTableError;

/**
 * FOREIGN KEY (columns) REFERENCES table (columns), composite allowed. Targets are {@code "table.column"}
 * strings resolved in the table's MetaData on first use.
 */
public final class ForeignKeyConstraint extends Constraint {
    private final List<String> targets;
    private String onDelete;
    private String onUpdate;

    private ForeignKeyConstraint(String name, List<String> columns, List<String> targets) {
        super(name, columns);
        if (columns.size() != targets.size() || columns.isEmpty()) {
            throw new org.jalchemy.exc.ArgumentError("Foreign key needs as many target columns as local columns: "
                    + columns + " -> " + targets);
        }
        this.targets = List.copyOf(targets);
    }

    /** {@code FOREIGN KEY (columns) REFERENCES targets}, e.g. {@code of(List.of("a", "b"), List.of("t.x", "t.y"))}. */
    public static ForeignKeyConstraint of(List<String> columns, List<String> targets) {
        return new ForeignKeyConstraint(null, columns, targets);
    }

    static ForeignKeyConstraint fromColumn(Column<?> column, ForeignKey fk) {
        ForeignKeyConstraint c = new ForeignKeyConstraint(fk.name(), List.of(column.name()), List.of(fk.target()));
        c.onDelete = fk.onDelete();
        c.onUpdate = fk.onUpdate();
        return c;
    }

    /** Sets ON DELETE; returns this. */
    public ForeignKeyConstraint onDelete(String action) {
        this.onDelete = action;
        return this;
    }

    /** Sets ON UPDATE; returns this. */
    public ForeignKeyConstraint onUpdate(String action) {
        this.onUpdate = action;
        return this;
    }

    /** ON DELETE action, or null. */
    public String onDeleteAction() { return onDelete; }

    /** ON UPDATE action, or null. */
    public String onUpdateAction() { return onUpdate; }

    /** The targets as written ({@code "users.id"}). */
    public List<String> targets() { return targets; }

    /** The name of the referred table. */
    public String referredTableName() {
        String t = targets.get(0);
        return t.substring(0, t.lastIndexOf('.'));
    }

    /** The referred table, resolved in the MetaData. */
    public Table referredTable() {
        Table own = table();
        String name = referredTableName();
        Table t = own.metadata().tables().get(name);
        if (t == null) {
            throw new NoSuchTableError("Foreign key on '" + own.name() + "' " + columnNames() + " refers to table '"
                    + name + "', which is not in the MetaData");
        }
        return t;
    }

    /** The referred columns, resolved in the MetaData. */
    public List<Column<?>> referredColumns() {
        Table t = referredTable();
        List<Column<?>> cols = new ArrayList<>();
        for (String target : targets) {
            String col = target.substring(target.lastIndexOf('.') + 1);
            Column<?> c = t.columnOrNull(col);
            if (c == null) {
                throw new NoSuchColumnError("Foreign key on '" + table().name() + "' refers to column '" + target
                        + "', which table '" + t.name() + "' does not have");
            }
            cols.add(c);
        }
        return cols;
    }

    @Override public void attachTo(Table t) {
        super.attachTo(t);
        t.addConstraint(this);
    }

    @Override String referredTableForNaming() { return referredTableName(); }

    @Override String referredColumnForNaming() {
        String first = targets.get(0);
        return first.substring(first.lastIndexOf('.') + 1);
    }

    @Override public String conventionKey() { return "fk"; }
}
