package org.jalchemy.migrate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.mysql.MySqlDialect;
import org.jalchemy.dialect.sqlite.SqliteDialect;
import org.jalchemy.engine.Connection;
import org.jalchemy.exc.CompileError;
import org.jalchemy.schema.CheckConstraint;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.ForeignKeyConstraint;
import org.jalchemy.schema.Index;
import org.jalchemy.schema.Inspector;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.ReflectedCheckConstraint;
import org.jalchemy.schema.ReflectedColumn;
import org.jalchemy.schema.ReflectedForeignKey;
import org.jalchemy.schema.ReflectedIndex;
import org.jalchemy.schema.ReflectedUniqueConstraint;
import org.jalchemy.schema.Table;
import org.jalchemy.schema.UniqueConstraint;
import org.jalchemy.types.NullType;
import org.jalchemy.types.SqlType;

/**
 * Compares the models' MetaData with the reflected database and lists the differences as {@link SchemaChange}s:
 * added/removed tables, columns, indexes, unique constraints, foreign keys, named check constraints; nullability and
 * type changes; server defaults when enabled. Types are compared as the database would store them, so a difference
 * that is only how a database reports a type (MariaDB FLOAT as DOUBLE, UUID as CHAR(36), SQLite's INTEGER key) is
 * not a change. Renames cannot be told from a drop and an add; the generated code says so where it drops.
 */
public final class Autogenerate {
    private final Dialect dialect;
    private final JavaSource java;
    private final String versionTable;
    private boolean compareServerDefaults;

    /** A comparer for {@code dialect}, ignoring the version table {@code versionTable}. */
    public Autogenerate(Dialect dialect, String versionTable) {
        this.dialect = dialect;
        this.java = new JavaSource(dialect);
        this.versionTable = versionTable == null ? VersionTable.DEFAULT_NAME : versionTable;
    }

    /** Also compares server defaults (off by default: databases rewrite default expressions). */
    public Autogenerate compareServerDefaults(boolean on) {
        this.compareServerDefaults = on;
        return this;
    }

    private boolean sqlite() {
        return dialect instanceof SqliteDialect;
    }

    private boolean mysql() {
        return dialect instanceof MySqlDialect;
    }

    /** The differences between {@code target} and the database {@code conn} is connected to. */
    public List<SchemaChange> compare(MetaData target, Connection conn) {
        Inspector insp = Inspector.of(conn);
        List<SchemaChange> out = new ArrayList<>();
        Set<String> dbTables = new HashSet<>(insp.tableNames());
        dbTables.remove(versionTable);
        for (Table t : target.sortedTables()) {
            if (!dbTables.contains(t.name())) {
                out.add(new SchemaChange("add table " + t.name(), java.createTable(t), "op.dropTable(" + JavaSource.str(t.name()) + ");"));
            }
        }
        for (Table t : target.sortedTables()) {
            if (dbTables.contains(t.name())) {
                compareTable(t, insp, out);
            }
        }
        List<String> removed = new ArrayList<>();
        for (String name : dbTables) {
            if (!target.tables().containsKey(name)) {
                removed.add(name);
            }
        }
        if (!removed.isEmpty()) {
            MetaData reflected = new MetaData();
            for (String name : removed) {
                reflected.reflectTable(conn, name);
            }
            List<Table> order = new ArrayList<>(reflected.sortedTables());
            Collections.reverse(order);
            for (Table t : order) {
                if (removed.contains(t.name())) {
                    out.add(new SchemaChange("remove table " + t.name(),
                            "// table " + t.name() + " is not in the models: dropped (a rename shows as a drop and an add; edit if so)\n"
                                    + "op.dropTable(" + JavaSource.str(t.name()) + ");", java.createTable(t)));
                }
            }
        }
        return out;
    }

    private void compareTable(Table t, Inspector insp, List<SchemaChange> out) {
        String tn = JavaSource.str(t.name());
        Map<String, ReflectedColumn> dbCols = new LinkedHashMap<>();
        for (ReflectedColumn rc : insp.columns(t.name())) {
            dbCols.put(rc.name(), rc);
        }
        boolean singlePk = t.primaryKeyColumns().size() == 1;
        for (Column<?> c : t.columns()) {
            ReflectedColumn rc = dbCols.get(c.name());
            if (rc == null) {
                out.add(new SchemaChange("add column " + t.name() + "." + c.name(),
                        "op.addColumn(" + tn + ", " + java.column(c, false) + ");",
                        "op.dropColumn(" + tn + ", " + JavaSource.str(c.name()) + ");"));
                continue;
            }
            compareColumn(t, c, rc, out);
        }
        for (ReflectedColumn rc : dbCols.values()) {
            if (t.columnOrNull(rc.name()) == null) {
                out.add(new SchemaChange("remove column " + t.name() + "." + rc.name(),
                        "// column " + rc.name() + " is not in the models: dropped (a rename shows as a drop and an add; edit if so)\n"
                                + "op.dropColumn(" + tn + ", " + JavaSource.str(rc.name()) + ");",
                        "op.addColumn(" + tn + ", " + reflectedColumn(rc) + ");"));
            }
        }
        compareIndexesAndUniques(t, insp, out);
        compareForeignKeys(t, insp, out);
        compareChecks(t, insp, out);
    }

    private String reflectedColumn(ReflectedColumn rc) {
        return "Column.of(" + JavaSource.str(rc.name()) + ", " + java.type(rc.type()) + ")" + (rc.nullable() ? "" : ".notNull()")
                + (rc.defaultText() == null || rc.autoincrement() ? ""
                : ".serverDefault(text(" + JavaSource.str(rc.defaultText().replace(":", "\\:")) + "))");
    }

    private void compareColumn(Table t, Column<?> c, ReflectedColumn rc, List<SchemaChange> out) {
        String where = t.name() + "." + c.name();
        List<String> up = new ArrayList<>();
        List<String> down = new ArrayList<>();
        List<String> what = new ArrayList<>();
        if (!c.isPrimaryKey() && c.isNullable() != rc.nullable()) {
            up.add(".nullable(" + c.isNullable() + ")");
            down.add(".nullable(" + rc.nullable() + ")");
            what.add("nullable " + rc.nullable() + " -> " + c.isNullable());
        }
        if (!sameType(c, rc)) {
            up.add(".type(" + java.type(c.type()) + ")");
            down.add(".type(" + java.type(rc.type()) + ")");
            what.add("type " + rc.typeName() + " -> " + safeTypeName(c.type()));
        }
        if (compareServerDefaults && !rc.autoincrement()) {
            String mine = java.serverDefault(c);
            String theirs = rc.defaultText() == null || rc.defaultText().equalsIgnoreCase("NULL") ? null : rc.defaultText();
            if (!Objects.equals(normalizeDefault(mine), normalizeDefault(theirs))) {
                up.add(".serverDefault(" + JavaSource.str(mine) + ")");
                down.add(".serverDefault(" + JavaSource.str(theirs) + ")");
                what.add("server default " + theirs + " -> " + mine);
            }
        }
        if (!up.isEmpty() && mysql()) {
            // MODIFY COLUMN restates the whole column: record it so the revision also works offline (--sql)
            String theirs = rc.defaultText() == null || rc.defaultText().equalsIgnoreCase("NULL") ? null : rc.defaultText();
            String mine = java.serverDefault(c);
            up.add(existing(rc.type(), rc.nullable(), theirs));
            down.add(existing(c.type(), c.isNullable(), mine));
        }
        if (!up.isEmpty()) {
            out.add(new SchemaChange("alter column " + where + ": " + String.join(", ", what),
                    alterColumn(t.name(), c.name(), String.join("", up)), alterColumn(t.name(), c.name(), String.join("", down))));
        }
    }

    private String existing(SqlType<?> type, boolean nullable, String serverDefault) {
        return ".existingType(" + java.type(type) + ").existingNullable(" + nullable + ")"
                + (serverDefault == null ? "" : ".existingServerDefault(" + JavaSource.str(serverDefault) + ")");
    }

    private String alterColumn(String table, String column, String changes) {
        if (sqlite()) {
            return "op.batchAlterTable(" + JavaSource.str(table) + ", batch -> batch.alterColumn(" + JavaSource.str(column)
                    + ", a -> a" + changes + "));";
        }
        return "op.alterColumn(" + JavaSource.str(table) + ", " + JavaSource.str(column) + ", a -> a" + changes + ");";
    }

    private String safeTypeName(SqlType<?> type) {
        try {
            return dialect.typeName(type);
        } catch (CompileError e) {
            return type.toString();
        }
    }

    /** Whether the models' type and the reflected one are stored the same way on this database. */
    private boolean sameType(Column<?> c, ReflectedColumn rc) {
        if (rc.type() instanceof NullType) {
            return true; // unknown to JAlchemy: nothing sensible to compare
        }
        if (rc.autoincrement() && c.isAutoincrement()) {
            return true; // SERIAL, AUTO_INCREMENT and SQLite's INTEGER rowid alias are all "the generated key"
        }
        String mine;
        String theirs;
        try {
            mine = normalizeType(dialect.typeName(c.type()));
            theirs = normalizeType(dialect.typeName(rc.type()));
        } catch (CompileError e) {
            return true;
        }
        return mine.equals(theirs);
    }

    /** Spellings that store the same way: CHAR(n)/VARCHAR(n), spacing, case. */
    static String normalizeType(String sql) {
        String s = sql.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").replace(", ", ",");
        if (s.startsWith("CHAR(")) {
            s = "VARCHAR(" + s.substring(5);
        }
        return s;
    }

    /** Default text without the casts, parentheses and case databases add ({@code 'x'::character varying}). */
    static String normalizeDefault(String sql) {
        if (sql == null) {
            return null;
        }
        String s = sql.trim();
        while (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).trim();
        }
        s = s.replaceAll("::[a-z ]+(\\(\\d+\\))?", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("\\(\\d*\\)$", "").replace("now()", "current_timestamp");
    }

    private static String cols(List<String> names) {
        List<String> sorted = new ArrayList<>(names);
        return String.join(",", sorted);
    }

    private void compareIndexesAndUniques(Table t, Inspector insp, List<SchemaChange> out) {
        String tn = JavaSource.str(t.name());
        MetaData md = t.metadata();
        Map<String, Index> mine = new LinkedHashMap<>();
        for (Index i : t.indexes()) {
            mine.put(md.indexName(i), i);
        }
        List<ReflectedUniqueConstraint> dbUniques = new ArrayList<>(insp.uniqueConstraints(t.name()));
        List<ReflectedIndex> dbIndexes = new ArrayList<>(insp.indexes(t.name()));
        if (mysql()) {
            // MySQL/MariaDB keep a UNIQUE constraint as a unique index and report it both ways: sort them by the models
            Set<String> ucNames = new HashSet<>();
            for (ReflectedUniqueConstraint u : dbUniques) {
                ucNames.add(u.name());
            }
            dbUniques.removeIf(u -> mine.containsKey(u.name()));
            dbIndexes.removeIf(i -> ucNames.contains(i.name()) && !mine.containsKey(i.name()));
        }
        Map<String, ReflectedIndex> theirs = new LinkedHashMap<>();
        for (ReflectedIndex i : dbIndexes) {
            theirs.put(i.name(), i);
        }
        for (var e : mine.entrySet()) {
            if (!theirs.containsKey(e.getKey())) {
                Index i = e.getValue();
                out.add(new SchemaChange("add index " + e.getKey() + " on " + t.name(),
                        createIndex(e.getKey(), t.name(), i.columnNames(), i.isUnique()),
                        "op.dropIndex(" + JavaSource.str(e.getKey()) + ", " + tn + ");"));
            }
        }
        for (ReflectedIndex ri : theirs.values()) {
            if (!mine.containsKey(ri.name()) && !ri.columns().contains(null)) {
                out.add(new SchemaChange("remove index " + ri.name() + " on " + t.name(),
                        "op.dropIndex(" + JavaSource.str(ri.name()) + ", " + tn + ");",
                        createIndex(ri.name(), t.name(), ri.columns(), ri.unique())));
            }
        }
        Map<String, UniqueConstraint> myUniques = new LinkedHashMap<>();
        for (UniqueConstraint u : t.uniqueConstraints()) {
            myUniques.put(cols(u.columnNames()), u);
        }
        Map<String, ReflectedUniqueConstraint> dbUq = new LinkedHashMap<>();
        for (ReflectedUniqueConstraint u : dbUniques) {
            dbUq.put(cols(u.columns()), u);
        }
        for (var e : myUniques.entrySet()) {
            if (!dbUq.containsKey(e.getKey())) {
                UniqueConstraint u = e.getValue();
                String name = md.constraintName(u);
                if (name == null) {
                    name = "uq_" + t.name() + "_" + String.join("_", u.columnNames());
                }
                out.add(new SchemaChange("add unique constraint " + name + " on " + t.name() + " " + u.columnNames(),
                        constraintOp(t.name(), "createUniqueConstraint(" + JavaSource.str(name) + ", ", JavaSource.strings(u.columnNames()) + ")"),
                        dropConstraint(t.name(), name, "unique")));
            }
        }
        for (var e : dbUq.entrySet()) {
            if (!myUniques.containsKey(e.getKey())) {
                ReflectedUniqueConstraint u = e.getValue();
                if (u.name() == null) {
                    out.add(new SchemaChange("remove unnamed unique constraint on " + t.name() + " " + u.columns(),
                            "// the unnamed UNIQUE " + u.columns() + " of " + t.name() + " is not in the models; "
                                    + "drop it with batchAlterTable after naming it", ""));
                    continue;
                }
                out.add(new SchemaChange("remove unique constraint " + u.name() + " on " + t.name(),
                        dropConstraint(t.name(), u.name(), "unique"),
                        constraintOp(t.name(), "createUniqueConstraint(" + JavaSource.str(u.name()) + ", ", JavaSource.strings(u.columns()) + ")")));
            }
        }
    }

    private String createIndex(String name, String table, List<String> columns, boolean unique) {
        return "op.createIndex(" + JavaSource.str(name) + ", " + JavaSource.str(table) + ", List.of(" + JavaSource.strings(columns)
                + "), " + unique + ");";
    }

    /** A constraint operation: through batch mode on SQLite (which cannot ALTER constraints), direct elsewhere. */
    private String constraintOp(String table, String callStart, String args) {
        if (sqlite()) {
            return "op.batchAlterTable(" + JavaSource.str(table) + ", batch -> batch." + callStart + args + ");";
        }
        return "op." + callStart + JavaSource.str(table) + ", " + args + ";";
    }

    private String dropConstraint(String table, String name, String kind) {
        if (sqlite()) {
            return "op.batchAlterTable(" + JavaSource.str(table) + ", batch -> batch.dropConstraint(" + JavaSource.str(name)
                    + ", " + JavaSource.str(kind) + "));";
        }
        return "op.dropConstraint(" + JavaSource.str(name) + ", " + JavaSource.str(table) + ", " + JavaSource.str(kind) + ");";
    }

    private static String fkKey(List<String> columns, String referred, List<String> referredColumns) {
        return String.join(",", columns) + "->" + referred + "(" + String.join(",", referredColumns) + ")";
    }

    /** createForeignKey, in a batch on SQLite (its ALTER TABLE cannot add one). */
    private String createForeignKey(String table, String name, String referent, List<String> columns, List<String> refCols,
                                    String onDelete) {
        String args = JavaSource.str(referent) + ", List.of(" + JavaSource.strings(columns) + "), List.of("
                + JavaSource.strings(refCols) + "), " + JavaSource.str(onDelete) + ")";
        return constraintOp(table, "createForeignKey(" + JavaSource.str(name) + ", ", args);
    }

    private void compareForeignKeys(Table t, Inspector insp, List<SchemaChange> out) {
        Map<String, ForeignKeyConstraint> mine = new LinkedHashMap<>();
        for (ForeignKeyConstraint fk : t.foreignKeys()) {
            List<String> refCols = new ArrayList<>();
            for (String target : fk.targets()) {
                refCols.add(target.substring(target.lastIndexOf('.') + 1));
            }
            mine.put(fkKey(fk.columnNames(), fk.referredTableName(), refCols), fk);
        }
        Map<String, ReflectedForeignKey> theirs = new LinkedHashMap<>();
        for (ReflectedForeignKey fk : insp.foreignKeys(t.name())) {
            theirs.put(fkKey(fk.columns(), fk.referredTable(), fk.referredColumns()), fk);
        }
        for (var e : mine.entrySet()) {
            if (!theirs.containsKey(e.getKey())) {
                ForeignKeyConstraint fk = e.getValue();
                String name = t.metadata().constraintName(fk);
                if (name == null) {
                    name = "fk_" + t.name() + "_" + fk.columnNames().get(0) + "_" + fk.referredTableName();
                }
                List<String> refCols = new ArrayList<>();
                for (String target : fk.targets()) {
                    refCols.add(target.substring(target.lastIndexOf('.') + 1));
                }
                out.add(new SchemaChange("add foreign key " + name + " " + e.getKey(),
                        createForeignKey(t.name(), name, fk.referredTableName(), fk.columnNames(), refCols, fk.onDeleteAction()),
                        dropConstraint(t.name(), name, "foreignkey")));
            }
        }
        for (var e : theirs.entrySet()) {
            if (!mine.containsKey(e.getKey())) {
                ReflectedForeignKey fk = e.getValue();
                if (fk.name() == null) {
                    out.add(new SchemaChange("remove unnamed foreign key " + e.getKey() + " of " + t.name(),
                            "// the unnamed foreign key " + e.getKey() + " of " + t.name() + " is not in the models", ""));
                    continue;
                }
                out.add(new SchemaChange("remove foreign key " + fk.name() + " " + e.getKey(),
                        dropConstraint(t.name(), fk.name(), "foreignkey"),
                        createForeignKey(t.name(), fk.name(), fk.referredTable(), fk.columns(), fk.referredColumns(), fk.onDelete())));
            }
        }
    }

    private void compareChecks(Table t, Inspector insp, List<SchemaChange> out) {
        Map<String, CheckConstraint> mine = new LinkedHashMap<>();
        boolean unnamed = false;
        for (CheckConstraint ck : t.checkConstraints()) {
            String name = t.metadata().constraintName(ck);
            if (name == null) {
                unnamed = true;
            } else {
                mine.put(name, ck);
            }
        }
        Map<String, ReflectedCheckConstraint> theirs = new LinkedHashMap<>();
        for (ReflectedCheckConstraint ck : insp.checkConstraints(t.name())) {
            if (ck.name() != null) {
                theirs.put(ck.name(), ck);
            }
        }
        for (var e : mine.entrySet()) {
            if (!theirs.containsKey(e.getKey())) {
                out.add(new SchemaChange("add check constraint " + e.getKey() + " on " + t.name(),
                        constraintOp(t.name(), "createCheckConstraint(" + JavaSource.str(e.getKey()) + ", ", JavaSource.str(e.getValue().sqlText()) + ")"),
                        dropConstraint(t.name(), e.getKey(), "check")));
            }
        }
        if (unnamed) {
            return; // the database named the models' unnamed checks: an unknown name may be one of them
        }
        for (var e : theirs.entrySet()) {
            if (!mine.containsKey(e.getKey())) {
                out.add(new SchemaChange("remove check constraint " + e.getKey() + " on " + t.name(),
                        dropConstraint(t.name(), e.getKey(), "check"),
                        constraintOp(t.name(), "createCheckConstraint(" + JavaSource.str(e.getKey()) + ", ", JavaSource.str(e.getValue().sqlText()) + ")")));
            }
        }
    }

    /** The upgrade body of a revision applying {@code changes}. */
    public static String upgradeCode(List<SchemaChange> changes) {
        List<String> lines = new ArrayList<>();
        for (SchemaChange c : changes) {
            lines.add(c.upgrade());
        }
        return String.join("\n", lines);
    }

    /** The downgrade body: the inverse changes in reverse order. */
    public static String downgradeCode(List<SchemaChange> changes) {
        List<String> lines = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            if (!changes.get(i).downgrade().isEmpty()) {
                lines.add(changes.get(i).downgrade());
            }
        }
        return String.join("\n", lines);
    }
}
