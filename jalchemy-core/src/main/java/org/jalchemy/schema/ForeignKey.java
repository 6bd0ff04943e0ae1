package org.jalchemy.schema;

/**
 * A column-level reference, {@code Column.of("user_id", INTEGER).references("users.id")}: the target is
 * named as {@code "table.column"} and resolved in the MetaData when needed, so tables may be declared in any order.
 */
public final class ForeignKey {
    private final String target;
    private String onDelete;
    private String onUpdate;
    private String name;

    ForeignKey(String target) {
        if (target == null || target.indexOf('.') <= 0 || target.endsWith(".")) {
            throw new org.jalchemy.exc.ArgumentError("Foreign key target must be \"table.column\", got: " + target);
        }
        this.target = target;
    }

    /** The target as written: {@code "users.id"}. */
    public String target() { return target; }

    /** The target table's name. */
    public String targetTable() { return target.substring(0, target.lastIndexOf('.')); }

    /** The target column's name. */
    public String targetColumn() { return target.substring(target.lastIndexOf('.') + 1); }

    /** ON DELETE action (CASCADE, SET NULL, RESTRICT, ...), or null. */
    public String onDelete() { return onDelete; }

    /** ON UPDATE action, or null. */
    public String onUpdate() { return onUpdate; }

    /** The constraint name, or null for the naming convention / database default. */
    public String name() { return name; }

    void onDelete(String action) { this.onDelete = action; }

    void onUpdate(String action) { this.onUpdate = action; }

    void name(String n) { this.name = n; }
}
