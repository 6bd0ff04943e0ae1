package org.jalchemy.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jalchemy.engine.Connection;
import org.jalchemy.sql.LiteralColumn;
import org.jalchemy.types.Types;
import org.jalchemy.types.SqlType;

/** Builds {@link Table} objects from what the database reports; behind {@code MetaData.reflect}. */
final class Reflector {
    private Reflector() {}

    /**
     * Reflects {@code name} into {@code metadata} (returning the table already there, if any), then the tables its
     * foreign keys refer to, so joins can find their ON clause.
     */
    static Table reflectTable(MetaData metadata, Connection conn, String name) {
        Table table = reflectIfPresent(metadata, conn, name);
        if (table == null) {
            throw Inspector.noSuchTable(name);
        }
        return table;
    }

    /** {@link #reflectTable}, or null when the database has no such table. */
    private static Table reflectIfPresent(MetaData metadata, Connection conn, String name) {
        Table existing = metadata.tables().get(name);
        if (existing != null) {
            return existing;
        }
        // one call reads the whole table, so a dialect can ask each catalogue once (SQLite's CREATE TABLE text)
        ReflectedTable t = conn.dialect().reflection().table(conn, name);
        if (t == null) {
            return null;
        }
        List<SchemaItem> items = new ArrayList<>();
        ReflectedPrimaryKey pk = t.primaryKey();
        for (ReflectedColumn rc : t.columns()) {
            items.add(column(rc, pk));
        }
        if (pk.columns().size() > 1 || (pk.name() != null && !pk.columns().isEmpty())) {
            items.add(PrimaryKeyConstraint.named(pk.name(), pk.columns().toArray(new String[0])));
        }
        List<ReflectedForeignKey> fks = t.foreignKeys();
        for (ReflectedForeignKey fk : fks) {
            List<String> targets = new ArrayList<>();
            for (String col : fk.referredColumns()) {
                targets.add(fk.referredTable() + "." + col);
            }
            ForeignKeyConstraint c = ForeignKeyConstraint.of(fk.columns(), targets);
            c.named(fk.name());
            c.onDelete(fk.onDelete()).onUpdate(fk.onUpdate());
            items.add(c);
        }
        Set<String> indexNames = new HashSet<>();
        for (ReflectedIndex ix : t.indexes()) {
            if (ix.columns().contains(null)) {
                continue; // expression indexes cannot be expressed as an Index of columns
            }
            indexNames.add(ix.name());
            Index i = Index.of(ix.name(), ix.columns().toArray(new String[0]));
            if (ix.unique()) {
                i.unique();
            }
            items.add(i);
        }
        for (ReflectedUniqueConstraint u : t.uniqueConstraints()) {
            // MySQL/MariaDB report unique indexes as unique constraints too: keep them once, as indexes
            if (u.name() == null || !indexNames.contains(u.name())) {
                items.add(UniqueConstraint.named(u.name(), u.columns().toArray(new String[0])));
            }
        }
        for (ReflectedCheckConstraint ck : t.checkConstraints()) {
            items.add(CheckConstraint.of(ck.sqlText(), ck.name()));
        }
        Table table = new Table(name, metadata, items.toArray(new SchemaItem[0]));
        for (ReflectedForeignKey fk : fks) {
            // a referred table that is missing (SQLite allows it) is left out
            reflectIfPresent(metadata, conn, fk.referredTable());
        }
        return table;
    }

    private static Column<?> column(ReflectedColumn rc, ReflectedPrimaryKey pk) {
        Column<?> c = newColumn(rc.name(), rc.type());
        boolean inPk = pk.columns().contains(rc.name());
        if (inPk) {
            c.primaryKey();
        }
        c.nullable(rc.nullable());
        c.autoincrement(rc.autoincrement());
        // a generated key's default (nextval(...)) belongs to its SERIAL/identity, not to the DDL we would write
        if (rc.defaultText() != null && !rc.autoincrement()) {
            c.serverDefault(new LiteralColumn<>(rc.defaultText(), Types.NULLTYPE));
        }
        if (rc.comment() != null && !rc.comment().isEmpty()) {
            c.comment(rc.comment());
        }
        return c;
    }

    private static <T> Column<T> newColumn(String name, SqlType<T> type) {
        return Column.of(name, type);
    }

    /** The name the database gave {@code fk} (matched by columns and referred table), for dropping it. */
    static String foreignKeyNameInDatabase(Connection conn, ForeignKeyConstraint fk) {
        for (ReflectedForeignKey r : conn.dialect().reflection().foreignKeys(conn, fk.table().name())) {
            if (r.columns().equals(fk.columnNames()) && r.referredTable().equals(fk.referredTableName())) {
                return r.name();
            }
        }
        return null;
    }
}
