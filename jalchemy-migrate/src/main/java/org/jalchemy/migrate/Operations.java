package org.jalchemy.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jalchemy.Sql;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.CreateIndex;
import org.jalchemy.schema.CreateTable;
import org.jalchemy.schema.Index;
import org.jalchemy.schema.Inspector;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.NamingConvention;
import org.jalchemy.schema.ReflectedColumn;
import org.jalchemy.schema.SchemaItem;
import org.jalchemy.schema.SetColumnComment;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.Executable;
import org.jalchemy.sql.TextClause;

/**
 * The schema changes a revision makes, compiled for the database at hand and run (or printed with {@code --sql}).
 * <pre>{@code
 * op.addColumn("users", Column.of("email", string(100)));
 * op.alterColumn("users", "name", a -> a.type(string(200)).nullable(false));
 * op.createIndex("ix_users_email", "users", "email");
 * }</pre>
 */
public final class Operations {
    private final SqlSink sink;
    private final AlterDialect alter;
    private final NamingConvention naming;

    /** Operations writing to {@code sink}; tables made by {@link #createTable} use {@code naming}. */
    public Operations(SqlSink sink, NamingConvention naming) {
        this.sink = sink;
        this.alter = AlterDialect.of(sink.dialect());
        this.naming = naming == null ? NamingConvention.DEFAULT : naming;
    }

    /** The dialect the operations compile for. */
    public Dialect dialect() {
        return sink.dialect();
    }

    /** Whether statements only print (offline {@code --sql}). */
    public boolean isOffline() {
        return sink.connection() == null;
    }

    private void run(String sql) {
        // a colon in DDL (PostgreSQL casts, time literals) is never a parameter here
        sink.accept(new TextClause(sql.replace(":", "\\:")), List.of());
    }

    private void run(Executable statement) {
        sink.accept(statement, List.of());
    }

    /** A table definition detached from any real MetaData, e.g. for {@link #bulkInsert}. */
    public Table table(String name, SchemaItem... items) {
        return new MetaData(naming).table(name, items);
    }

    /** CREATE TABLE with its columns and constraints, then its indexes; returns the table (for bulkInsert). */
    public Table createTable(String name, SchemaItem... items) {
        Table t = table(name, items);
        run(new CreateTable(t));
        for (Column<?> c : t.columns()) {
            comment(c);
        }
        for (Index i : t.indexes()) {
            run(new CreateIndex(i));
        }
        return t;
    }

    /** DROP TABLE. */
    public void dropTable(String name) {
        run("DROP TABLE " + alter.q(name));
    }

    /** Renames a table. */
    public void renameTable(String name, String newName) {
        run(alter.renameTable(name, newName));
    }

    /** ALTER TABLE ADD COLUMN, plus the index {@code Column.index()} asks for. */
    public void addColumn(String table, Column<?> column) {
        Table scratch = table(table, column);
        run(alter.alterTable(table) + "ADD COLUMN " + dialect().columnDefinition(scratch.columns().get(0)));
        comment(scratch.columns().get(0));
        for (Index i : scratch.indexes()) {
            run(new CreateIndex(i));
        }
    }

    /** COMMENT ON COLUMN where comments are separate statements (PostgreSQL, Oracle; MySQL writes them inline). */
    private void comment(Column<?> c) {
        if (c.comment() != null && dialect().supportsCommentOn()) {
            run(new SetColumnComment(c));
        }
    }

    /** ALTER TABLE DROP COLUMN. */
    public void dropColumn(String table, String column) {
        run(alter.alterTable(table) + "DROP COLUMN " + alter.q(column));
    }

    /** Changes a column's type, nullability, server default and/or name: {@code a -> a.type(...).nullable(false)}. */
    public void alterColumn(String table, String column, Consumer<AlterColumn> changes) {
        AlterColumn a = new AlterColumn();
        changes.accept(a);
        AlterDialect.Current current = alter.needsCurrentDefinition(a) ? current(table, column, a) : null;
        for (String sql : alter.alterColumn(table, column, a, current)) {
            run(sql);
        }
        if (a.newName != null) {
            run(alter.renameColumn(table, column, a.newName));
        }
    }

    private AlterDialect.Current current(String table, String column, AlterColumn a) {
        if (a.existingType != null && a.existingNullable != null) {
            return new AlterDialect.Current(dialect().typeName(a.existingType), a.existingNullable, a.existingServerDefault);
        }
        if (isOffline()) {
            throw new MigrationError("alterColumn(\"" + table + "\", \"" + column + "\") offline on " + dialect().name()
                    + " rewrites the whole column: give existingType(...) and existingNullable(...)");
        }
        for (ReflectedColumn c : Inspector.of(sink.connection()).columns(table)) {
            if (c.name().equalsIgnoreCase(column)) {
                String dflt = c.defaultText() == null || c.defaultText().equalsIgnoreCase("NULL") ? null : c.defaultText();
                return new AlterDialect.Current(c.typeName(), c.nullable(),
                        a.existingServerDefault != null ? a.existingServerDefault : dflt);
            }
        }
        throw new MigrationError("Table '" + table + "' has no column '" + column + "' to alter");
    }

    /** CREATE [UNIQUE] INDEX name ON table (columns). */
    public void createIndex(String name, String table, List<String> columns, boolean unique) {
        run((unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ") + alter.q(name) + " ON " + alter.q(table)
                + " (" + quotedList(columns) + ")");
    }

    /** CREATE INDEX name ON table (columns). */
    public void createIndex(String name, String table, String... columns) {
        createIndex(name, table, List.of(columns), false);
    }

    /** DROP INDEX (MySQL/MariaDB: {@code DROP INDEX name ON table}). */
    public void dropIndex(String name, String table) {
        run(alter.dropIndex(name, table));
    }

    /** ALTER TABLE ADD CONSTRAINT name PRIMARY KEY (columns). */
    public void createPrimaryKey(String name, String table, String... columns) {
        run(alter.addConstraint(table, name, "PRIMARY KEY (" + quotedList(List.of(columns)) + ")"));
    }

    /** ALTER TABLE ADD CONSTRAINT name FOREIGN KEY (columns) REFERENCES referent (referentColumns) [ON DELETE ...]. */
    public void createForeignKey(String name, String table, String referent, List<String> columns,
                                 List<String> referentColumns, String onDelete) {
        run(alter.addConstraint(table, name, "FOREIGN KEY (" + quotedList(columns) + ") REFERENCES " + alter.q(referent)
                + " (" + quotedList(referentColumns) + ")" + (onDelete == null ? "" : " ON DELETE " + onDelete)));
    }

    /** A foreign key without ON DELETE. */
    public void createForeignKey(String name, String table, String referent, List<String> columns, List<String> referentColumns) {
        createForeignKey(name, table, referent, columns, referentColumns, null);
    }

    /** ALTER TABLE ADD CONSTRAINT name UNIQUE (columns). */
    public void createUniqueConstraint(String name, String table, String... columns) {
        run(alter.addConstraint(table, name, "UNIQUE (" + quotedList(List.of(columns)) + ")"));
    }

    /** ALTER TABLE ADD CONSTRAINT name CHECK (condition); the condition is SQL used verbatim. */
    public void createCheckConstraint(String name, String table, String condition) {
        run(alter.addConstraint(table, name, "CHECK (" + condition + ")"));
    }

    /**
     * Drops a constraint by name; {@code kind} is {@code foreignkey}, {@code unique}, {@code primary} or
     * {@code check} (MySQL/MariaDB need it, others ignore it). On MySQL/MariaDB, online, the index InnoDB made for
     * a foreign key of the same name goes too.
     */
    public void dropConstraint(String name, String table, String kind) {
        run(alter.dropConstraint(table, name, kind));
        if (alter instanceof AlterDialect.MySql && "foreignkey".equals(kind) && !isOffline()) {
            // InnoDB added an index named after the foreign key and keeps it after the key is dropped
            for (var ix : Inspector.of(sink.connection()).indexes(table)) {
                if (ix.name().equals(name)) {
                    dropIndex(name, table);
                }
            }
        }
    }

    /** Runs literal SQL. */
    public void execute(String sql) {
        run(sql);
    }

    /** Runs a statement built with the expression language. */
    public void execute(Executable statement) {
        run(statement);
    }

    /** Inserts {@code rows} (column name to value) into {@code table}, defined with {@link #table}. */
    public void bulkInsert(Table table, List<? extends Map<String, ?>> rows) {
        if (!rows.isEmpty()) {
            sink.accept(Sql.insert(table), rows);
        }
    }

    /**
     * Changes a table in ways SQLite's ALTER TABLE cannot; on SQLite the table is rebuilt (new table, rows copied,
     * old one dropped, new one renamed, indexes recreated), elsewhere the changes run as ordinary ALTERs. On SQLite
     * the table's current definition is read from the database, so this cannot run offline: see
     * {@link #batchAlterTable(Table, Consumer)}.
     */
    public void batchAlterTable(String table, Consumer<BatchOperations> changes) {
        batch(new BatchOperations(table), null, changes);
    }

    /**
     * A batch on the table {@code copyFrom} describes as it is now (columns, constraints, indexes; Alembic's
     * {@code copy_from}), e.g. {@code op.batchAlterTable(op.table("users", Column.of("id", INTEGER).primaryKey(), ...),
     * batch -> ...)}. On SQLite that definition is used instead of reading the database, so the batch also runs
     * offline ({@code --sql}); elsewhere it is not needed and ignored.
     */
    public void batchAlterTable(Table copyFrom, Consumer<BatchOperations> changes) {
        batch(new BatchOperations(copyFrom.name()), copyFrom, changes);
    }

    private void batch(BatchOperations batch, Table copyFrom, Consumer<BatchOperations> changes) {
        changes.accept(batch);
        if (alter instanceof AlterDialect.Sqlite) {
            new SqliteTableRebuild(this, sink, batch, copyFrom).run();
        } else {
            batch.replay(this);
        }
    }

    String q(String name) {
        return alter.q(name);
    }

    void runSql(String sql) {
        run(sql);
    }

    void runStatement(Executable statement) {
        run(statement);
    }

    private String quotedList(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(alter.q(n));
        }
        return String.join(", ", out);
    }
}
