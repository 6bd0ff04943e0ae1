package org.jalchemy.migrate;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.Sql;
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
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.types.SqlType;

/**
 * A table as it is before a SQLite batch rebuild, with every name resolved: read from the database, or taken from a
 * {@link Table} the revision gives (Alembic's {@code copy_from}), which is what lets a batch run offline.
 */
record ExistingTable(String name, List<Col> columns, List<String> primaryKey, List<Unique> uniques, List<Fk> foreignKeys,
                     List<Check> checks, List<Ix> indexes) {

    /** A column; {@code serverDefault} is an SQL expression or null. */
    record Col(String name, SqlType<?> type, boolean nullable, ColumnElement<?> serverDefault) {
    }

    /** A UNIQUE constraint (name may be null: SQLite keeps unnamed ones unnamed). */
    record Unique(String name, List<String> columns) {
    }

    /** A foreign key; actions null for NO ACTION. */
    record Fk(String name, List<String> columns, String referredTable, List<String> referredColumns, String onDelete,
              String onUpdate) {
    }

    /** A CHECK constraint. */
    record Check(String name, String sqlText) {
    }

    /** An index on plain columns. */
    record Ix(String name, List<String> columns, boolean unique) {
    }

    /** The table {@code table} as the database has it. */
    static ExistingTable reflect(Inspector insp, String table) {
        List<ReflectedColumn> reflected = insp.columns(table);
        if (reflected.isEmpty()) {
            throw new MigrationError("batchAlterTable(\"" + table + "\"): the database has no table '" + table + "'");
        }
        List<Col> columns = new ArrayList<>();
        for (ReflectedColumn rc : reflected) {
            String dflt = rc.defaultText();
            // reflected default text is SQL; a colon in it (a time literal) is not a parameter
            columns.add(new Col(rc.name(), rc.type(), rc.nullable(), dflt == null ? null
                    : Column.of(rc.name(), rc.type()).serverDefault(Sql.text(dflt.replace(":", "\\:"))).serverDefaultValue()));
        }
        List<Unique> uniques = new ArrayList<>();
        for (ReflectedUniqueConstraint u : insp.uniqueConstraints(table)) {
            uniques.add(new Unique(u.name(), u.columns()));
        }
        List<Fk> fks = new ArrayList<>();
        for (ReflectedForeignKey fk : insp.foreignKeys(table)) {
            fks.add(new Fk(fk.name(), fk.columns(), fk.referredTable(), fk.referredColumns(), fk.onDelete(), fk.onUpdate()));
        }
        List<Check> checks = new ArrayList<>();
        for (ReflectedCheckConstraint ck : insp.checkConstraints(table)) {
            checks.add(new Check(ck.name(), ck.sqlText()));
        }
        List<Ix> indexes = new ArrayList<>();
        for (ReflectedIndex ix : insp.indexes(table)) {
            if (!ix.columns().contains(null)) { // an expression index cannot be restated from its column list
                indexes.add(new Ix(ix.name(), ix.columns(), ix.unique()));
            }
        }
        return new ExistingTable(table, columns, insp.primaryKey(table).columns(), uniques, fks, checks, indexes);
    }

    /** The definition {@code t} states, names resolved by its MetaData's naming convention. */
    static ExistingTable of(Table t) {
        MetaData md = t.metadata();
        List<Col> columns = new ArrayList<>();
        for (Column<?> c : t.columns()) {
            columns.add(new Col(c.name(), c.type(), c.isNullable(), c.serverDefaultValue()));
        }
        List<String> pk = new ArrayList<>();
        for (Column<?> c : t.primaryKeyColumns()) {
            pk.add(c.name());
        }
        List<Unique> uniques = new ArrayList<>();
        for (UniqueConstraint u : t.uniqueConstraints()) {
            uniques.add(new Unique(md.constraintName(u), u.columnNames()));
        }
        List<Fk> fks = new ArrayList<>();
        for (ForeignKeyConstraint fk : t.foreignKeys()) {
            List<String> refCols = new ArrayList<>();
            for (String target : fk.targets()) {
                refCols.add(target.substring(target.lastIndexOf('.') + 1));
            }
            fks.add(new Fk(md.constraintName(fk), fk.columnNames(), fk.referredTableName(), refCols, fk.onDeleteAction(),
                    fk.onUpdateAction()));
        }
        List<Check> checks = new ArrayList<>();
        for (CheckConstraint ck : t.checkConstraints()) {
            checks.add(new Check(md.constraintName(ck), ck.sqlText()));
        }
        List<Ix> indexes = new ArrayList<>();
        for (Index ix : t.indexes()) {
            indexes.add(new Ix(md.indexName(ix), ix.columnNames(), ix.isUnique()));
        }
        return new ExistingTable(t.name(), columns, pk, uniques, fks, checks, indexes);
    }
}
