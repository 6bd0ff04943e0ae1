package org.jalchemy.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final NamingConvention namingConvention;

    /** An empty MetaData with the {@link NamingConvention#DEFAULT default naming convention}. */
    public MetaData() {
        this(NamingConvention.DEFAULT);
    }

    /** An empty MetaData whose unnamed constraints and indexes are named by {@code namingConvention}. */
    public MetaData(NamingConvention namingConvention) {
        if (namingConvention == null) {
            throw new ArgumentError("MetaData needs a naming convention (use NamingConvention.DEFAULT)");
        }
        this.namingConvention = namingConvention;
    }

    /** The naming convention for unnamed constraints and indexes. */
    public NamingConvention namingConvention() {
        return namingConvention;
    }

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

    /** Orders {@code subset} so that each table comes after the tables it refers to (see {@link DdlOrder}). */
    static List<Table> sort(Collection<Table> subset) {
        return DdlOrder.of(subset).tables();
    }

    /** The name a constraint gets in DDL: its own or the naming convention's, or null to let the database choose. */
    public String constraintName(Constraint constraint) {
        return namingConvention.constraintName(constraint);
    }

    /** The name an index gets in DDL: its own, or the naming convention's (default {@code ix_<table>_<column>}). */
    public String indexName(Index index) {
        return namingConvention.indexName(index);
    }

    /** CREATE TABLE for every table not yet in the database, in foreign-key order, in one transaction. */
    public void createAll(Engine engine) {
        engine.transaction(conn -> createAll(conn));
    }

    /** {@link #createAll(Engine)} inside the caller's connection and transaction. */
    public void createAll(Connection conn) {
        createAll(conn, tables.values(), true);
    }

    /**
     * CREATE TABLE (and indexes) for {@code subset} in foreign-key order; with {@code checkFirst}, tables that exist
     * are left alone. Foreign keys closing a cycle are added afterwards with ALTER TABLE where the dialect
     * {@linkplain org.jalchemy.dialect.Dialect#supportsAlterConstraints() can}, else kept inline (SQLite).
     */
    public void createAll(Connection conn, Collection<Table> subset, boolean checkFirst) {
        DdlOrder order = DdlOrder.of(subset);
        if (conn.dialect().supportsSequences()) {
            for (Sequence s : sequencesOf(subset)) {       // before the tables whose DEFAULT uses them
                if (!checkFirst || !conn.dialect().hasSequence(conn, s.name())) {
                    conn.execute(org.jalchemy.Sql.text("CREATE SEQUENCE " + conn.dialect().quote(s.name())
                            + " START WITH " + s.start()));
                }
            }
        }
        boolean alter = conn.dialect().supportsAlterConstraints();
        List<ForeignKeyConstraint> toAdd = new ArrayList<>();
        for (Table t : order.tables()) {
            if (checkFirst && conn.dialect().hasTable(conn, t.name())) {
                continue;
            }
            List<ForeignKeyConstraint> omitted = alter ? order.deferredOf(t) : List.of();
            conn.execute(new CreateTable(t, omitted));
            if (conn.dialect().supportsCommentOn()) {
                for (Column<?> c : t.columns()) {
                    if (c.comment() != null) {
                        conn.execute(new SetColumnComment(c));
                    }
                }
            }
            for (Index i : t.indexes()) {
                conn.execute(new CreateIndex(i));
            }
            toAdd.addAll(omitted);
        }
        for (ForeignKeyConstraint fk : toAdd) {
            conn.execute(new AddConstraint(fk));
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

    /**
     * DROP TABLE for {@code subset}, children first; with {@code checkFirst}, missing tables are skipped. Foreign
     * keys closing a cycle are dropped first where the dialect can (their name comes from the MetaData or, when the
     * database chose it, from reflection).
     */
    public void dropAll(Connection conn, Collection<Table> subset, boolean checkFirst) {
        DdlOrder order = DdlOrder.of(subset);
        List<Table> drop = new ArrayList<>();
        for (Table t : order.tables()) {
            if (!checkFirst || conn.dialect().hasTable(conn, t.name())) {
                drop.add(t);
            }
        }
        if (conn.dialect().supportsAlterConstraints()) {
            for (ForeignKeyConstraint fk : order.deferred()) {
                if (drop.contains(fk.table()) && drop.contains(fk.referredTable())) {
                    String name = constraintName(fk);
                    if (name == null) {
                        name = Reflector.foreignKeyNameInDatabase(conn, fk);
                    }
                    conn.execute(new DropConstraint(fk, name));
                }
            }
        }
        Collections.reverse(drop);
        for (Table t : drop) {
            conn.execute(new DropTable(t));
        }
        if (conn.dialect().supportsSequences()) {
            for (Sequence s : sequencesOf(subset)) {       // after the tables that use them
                if (!checkFirst || conn.dialect().hasSequence(conn, s.name())) {
                    conn.execute(org.jalchemy.Sql.text("DROP SEQUENCE " + conn.dialect().quote(s.name())));
                }
            }
        }
    }

    /** The sequences of {@code tables}' columns, each once, in column order. */
    private static List<Sequence> sequencesOf(Collection<Table> tables) {
        java.util.LinkedHashMap<String, Sequence> out = new java.util.LinkedHashMap<>();
        for (Table t : tables) {
            for (Column<?> c : t.columns()) {
                if (c.sequence() != null) {
                    out.putIfAbsent(c.sequence().name(), c.sequence());
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Reflects every table of the engine's current schema into this MetaData (tables already here are kept). */
    public void reflect(Engine engine) {
        try (Connection conn = engine.connect()) {
            reflect(conn);
        }
    }

    /** {@link #reflect(Engine)} on {@code conn}. */
    public void reflect(Connection conn) {
        for (String name : conn.dialect().reflection().tableNames(conn)) {
            Reflector.reflectTable(this, conn, name);
        }
    }

    /**
     * Reflects one table (and the tables its foreign keys refer to) into this MetaData and returns it; a table
     * already in this MetaData is returned as it is.
     *
     * @throws org.jalchemy.exc.NoSuchTableError when the database has no such table
     */
    public Table reflectTable(Engine engine, String name) {
        try (Connection conn = engine.connect()) {
            return reflectTable(conn, name);
        }
    }

    /** {@link #reflectTable(Engine, String)} on {@code conn}. */
    public Table reflectTable(Connection conn, String name) {
        return Reflector.reflectTable(this, conn, name);
    }
}
