package org.jalchemy.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.NoSuchColumnError;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.FromClause;
import org.jalchemy.sql.SqlVisitor;
import org.jalchemy.types.SqlType;

/**
 * A database table: its columns, keys, constraints and indexes, and a FROM clause for statements.
 * Define one dynamically with {@code metadata.table("users", Column.of(...), ...)}, or as a typed class
 * whose fields are typed columns:
 * <pre>{@code
 * public final class Users extends Table {
 *     public final Column<Integer> id = column("id", INTEGER).primaryKey();
 *     public Users(MetaData metadata) { super("users", metadata); }
 * }
 * }</pre>
 */
public class Table implements FromClause {
    private final String name;
    private final MetaData metadata;
    private final Map<String, Column<?>> columns = new LinkedHashMap<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final Map<ForeignKey, ForeignKeyConstraint> columnForeignKeys = new IdentityHashMap<>();
    private PrimaryKeyConstraint primaryKey;

    /** A table in {@code metadata} with its columns, constraints and indexes. */
    public Table(String name, MetaData metadata, SchemaItem... items) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentError("A table needs a name");
        }
        this.name = name;
        this.metadata = metadata;
        metadata.add(this);
        for (SchemaItem item : items) {
            append(item);
        }
    }

    /** For typed table classes: {@code super("users", metadata)}, then columns as fields via {@link #column}. */
    protected Table(String name, MetaData metadata) {
        this(name, metadata, new SchemaItem[0]);
    }

    /** Adds a typed column; for typed table classes' field initialisers. */
    protected final <T> Column<T> column(String columnName, SqlType<T> type) {
        Column<T> c = new Column<>(columnName, type);
        append(c);
        return c;
    }

    /** Adds a column, constraint or index to this table. */
    public final Table append(SchemaItem item) {
        if (item instanceof Column<?> c) {
            if (columns.containsKey(c.name())) {
                throw new ArgumentError("Table '" + name + "' already has a column '" + c.name() + "'");
            }
            columns.put(c.name(), c);
        }
        item.attachTo(this);
        return this;
    }

    void setPrimaryKey(PrimaryKeyConstraint pk) { this.primaryKey = pk; }

    void addConstraint(Constraint c) { constraints.add(c); }

    void addIndex(Index i) { indexes.add(i); }

    /** The table name. */
    public String name() { return name; }

    /** The MetaData this table belongs to. */
    public MetaData metadata() { return metadata; }

    @Override public Column<Object> c(String columnName) {
        Column<?> c = columns.get(columnName);
        if (c == null) {
            throw new NoSuchColumnError("Table '" + name + "' has no column '" + columnName + "'; it has " + columns.keySet());
        }
        @SuppressWarnings("unchecked")
        Column<Object> untyped = (Column<Object>) c;
        return untyped;
    }

    /** The column called {@code columnName}, or null. */
    public Column<?> columnOrNull(String columnName) { return columns.get(columnName); }

    @Override public List<Column<?>> columns() { return List.copyOf(columns.values()); }

    /** The primary-key columns, in key order. */
    public List<Column<?>> primaryKeyColumns() {
        if (primaryKey != null) {
            return primaryKey.columns();
        }
        List<Column<?>> pk = new ArrayList<>();
        for (Column<?> c : columns.values()) {
            if (c.isPrimaryKey()) {
                pk.add(c);
            }
        }
        return pk;
    }

    /** The explicit PRIMARY KEY constraint, or null when declared on columns. */
    public PrimaryKeyConstraint primaryKeyConstraint() { return primaryKey; }

    /** Every foreign key: table-level constraints and those declared on columns. */
    public List<ForeignKeyConstraint> foreignKeys() {
        List<ForeignKeyConstraint> fks = new ArrayList<>();
        for (Column<?> c : columns.values()) {
            for (ForeignKey fk : c.foreignKeys()) {
                fks.add(columnForeignKeys.computeIfAbsent(fk, k -> {
                    ForeignKeyConstraint fkc = ForeignKeyConstraint.fromColumn(c, k);
                    fkc.attachToOnly(this);
                    return fkc;
                }));
            }
        }
        for (Constraint c : constraints) {
            if (c instanceof ForeignKeyConstraint fk) {
                fks.add(fk);
            }
        }
        return fks;
    }

    /** Table-level UNIQUE constraints plus one per {@code unique()} column. */
    public List<UniqueConstraint> uniqueConstraints() {
        List<UniqueConstraint> out = new ArrayList<>();
        for (Column<?> c : columns.values()) {
            // unique() together with index() makes a unique index instead of a constraint
            if (c.isUnique() && !c.isIndexed()) {
                UniqueConstraint u = UniqueConstraint.of(c.name());
                u.attachToOnly(this);
                out.add(u);
            }
        }
        for (Constraint c : constraints) {
            if (c instanceof UniqueConstraint u) {
                out.add(u);
            }
        }
        return out;
    }

    /** CHECK constraints. */
    public List<CheckConstraint> checkConstraints() {
        List<CheckConstraint> out = new ArrayList<>();
        for (Constraint c : constraints) {
            if (c instanceof CheckConstraint ck) {
                out.add(ck);
            }
        }
        return out;
    }

    /** Explicit indexes plus one per {@code index()} column. */
    public List<Index> indexes() {
        List<Index> out = new ArrayList<>();
        for (Column<?> c : columns.values()) {
            if (c.isIndexed()) {
                Index i = Index.of(null, c.name());
                if (c.isUnique()) {
                    i.unique();
                }
                i.attachToOnly(this);
                out.add(i);
            }
        }
        out.addAll(indexes);
        return Collections.unmodifiableList(out);
    }

    /** CREATE TABLE (and its indexes) on {@code engine}, unless it exists. */
    public void create(Engine engine) {
        engine.transaction(conn -> create(conn, true));
    }

    /** CREATE TABLE and its indexes in {@code conn}'s transaction; with {@code checkFirst}, skip if it exists. */
    public void create(Connection conn, boolean checkFirst) {
        metadata.createAll(conn, List.of(this), checkFirst);
    }

    /** DROP TABLE on {@code engine}, if it exists. */
    public void drop(Engine engine) {
        engine.transaction(conn -> drop(conn, true));
    }

    /** DROP TABLE in {@code conn}'s transaction; with {@code checkFirst}, skip if it does not exist. */
    public void drop(Connection conn, boolean checkFirst) {
        metadata.dropAll(conn, List.of(this), checkFirst);
    }

    /** This table under another name, for self-joins: {@code users.alias("u2")}. */
    public org.jalchemy.sql.TableAlias alias(String aliasName) {
        if (aliasName == null || aliasName.isEmpty()) {
            throw new ArgumentError("An alias of table '" + name + "' needs a name");
        }
        return new org.jalchemy.sql.TableAlias(this, aliasName);
    }

    @Override public java.util.Set<Table> baseTables() { return java.util.Set.of(this); }

    @Override public org.jalchemy.sql.ColumnElement<?> correspondingColumn(Column<?> column) {
        return column.table() == this ? column : null;
    }

    @Override public void accept(SqlVisitor visitor) { visitor.visitTable(this); }

    @Override public void appendCacheKey(CacheKey key) { key.identity(this); }

    @Override public String toString() { return name; }

    /** Columns by name for internal look-ups. */
    Map<String, Column<?>> columnMap() { return columns; }

}
