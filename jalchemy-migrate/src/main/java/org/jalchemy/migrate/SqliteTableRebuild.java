package org.jalchemy.migrate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.Sql;
import org.jalchemy.schema.CheckConstraint;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.CreateTable;
import org.jalchemy.schema.ForeignKeyConstraint;
import org.jalchemy.schema.Inspector;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.NamingConvention;
import org.jalchemy.schema.PrimaryKeyConstraint;
import org.jalchemy.schema.ReflectedCheckConstraint;
import org.jalchemy.schema.ReflectedColumn;
import org.jalchemy.schema.ReflectedForeignKey;
import org.jalchemy.schema.ReflectedIndex;
import org.jalchemy.schema.ReflectedUniqueConstraint;
import org.jalchemy.schema.SchemaItem;
import org.jalchemy.schema.Table;
import org.jalchemy.schema.UniqueConstraint;
import org.jalchemy.types.SqlType;

/**
 * SQLite batch mode: reads the table from the database, applies the recorded changes to that definition, copies the
 * rows aside, drops the table, creates it anew, copies the rows back and recreates the indexes. Runs inside the revision's transaction, so a failure leaves the old table as it was.
 */
final class SqliteTableRebuild {
    private final Operations op;
    private final SqlSink sink;
    private final String table;
    private final BatchOperations batch;
    private final NamingConvention naming;

    SqliteTableRebuild(Operations op, SqlSink sink, String table, BatchOperations batch, NamingConvention naming) {
        this.op = op;
        this.sink = sink;
        this.table = table;
        this.batch = batch;
        this.naming = naming;
    }

    void run() {
        if (sink.connection() == null) {
            throw new MigrationError("Batch mode on SQLite reads table '" + table + "' from the database, so it cannot run offline (--sql)");
        }
        Inspector insp = Inspector.of(sink.connection());
        List<ReflectedColumn> columns = insp.columns(table);
        Map<String, String> renamed = new HashMap<>();
        List<SchemaItem> items = new ArrayList<>();
        List<String> copiedOld = new ArrayList<>();
        List<String> copiedNew = new ArrayList<>();
        List<String> pk = new ArrayList<>();
        for (String c : insp.primaryKey(table).columns()) {
            pk.add(c);
        }
        for (ReflectedColumn rc : columns) {
            if (batch.droppedColumns.contains(rc.name())) {
                continue;
            }
            SqlType<?> type = rc.type();
            boolean nullable = rc.nullable();
            String dflt = rc.defaultText();
            String name = rc.name();
            for (int i = 0; i < batch.alteredNames.size(); i++) {
                if (batch.alteredNames.get(i)[0].equals(rc.name())) {
                    AlterColumn a = batch.alterations.get(i);
                    type = a.type != null ? a.type : type;
                    nullable = a.nullable != null ? a.nullable : nullable;
                    dflt = a.changeDefault ? a.serverDefault : dflt;
                    name = a.newName != null ? a.newName : name;
                }
            }
            renamed.put(rc.name(), name);
            Column<?> col = Column.of(name, type).nullable(nullable);
            if (dflt != null) {
                col.serverDefault(Sql.text(dflt.replace(":", "\\:")));
            }
            items.add(col);
            copiedOld.add(op.q(rc.name()));
            copiedNew.add(op.q(name));
        }
        items.addAll(batch.addedColumns);
        if (!pk.isEmpty()) {
            items.add(PrimaryKeyConstraint.of(map(pk, renamed).toArray(String[]::new)));
        }
        for (ReflectedUniqueConstraint u : insp.uniqueConstraints(table)) {
            if (u.name() == null || !batch.droppedConstraints.contains(u.name())) {
                String[] cols = map(u.columns(), renamed).toArray(String[]::new);
                items.add(u.name() == null ? UniqueConstraint.of(cols) : UniqueConstraint.named(u.name(), cols));
            }
        }
        for (String[] u : batch.addedUniques) {
            items.add(UniqueConstraint.named(u[0], java.util.Arrays.copyOfRange(u, 1, u.length)));
        }
        for (ReflectedForeignKey fk : insp.foreignKeys(table)) {
            if (fk.name() != null && batch.droppedConstraints.contains(fk.name())) {
                continue;
            }
            List<String> targets = new ArrayList<>();
            for (String rc : fk.referredColumns()) {
                targets.add(fk.referredTable() + "." + rc);
            }
            ForeignKeyConstraint f = ForeignKeyConstraint.of(map(fk.columns(), renamed), targets);
            if (fk.onDelete() != null) {
                f.onDelete(fk.onDelete());
            }
            items.add(fk.name() == null ? f : f.named(fk.name()));
        }
        for (ReflectedCheckConstraint ck : insp.checkConstraints(table)) {
            if (ck.name() == null || !batch.droppedConstraints.contains(ck.name())) {
                items.add(CheckConstraint.of(ck.sqlText(), ck.name()));
            }
        }
        for (String[] ck : batch.addedChecks) {
            items.add(CheckConstraint.of(ck[1], ck[0]));
        }
        List<ReflectedIndex> indexes = insp.indexes(table);

        String old = "_jalchemy_old_" + table;
        Table newTable = new MetaData(naming).table(table, items.toArray(SchemaItem[]::new));
        // Rows elsewhere may refer to this table. Renaming it would rewrite their references, so the rows are
        // parked in a plain copy instead; the references dangle from DROP until the rows are back, which deferred
        // checking allows (foreign_keys cannot be switched off inside the revision's transaction).
        op.runSql("PRAGMA defer_foreign_keys = ON");
        op.runSql("CREATE TABLE " + op.q(old) + " AS SELECT * FROM " + op.q(table));
        op.runSql("DROP TABLE " + op.q(table));
        op.runStatement(new CreateTable(newTable));
        op.runSql("INSERT INTO " + op.q(table) + " (" + String.join(", ", copiedNew) + ") SELECT "
                + String.join(", ", copiedOld) + " FROM " + op.q(old));
        op.runSql("DROP TABLE " + op.q(old));
        for (ReflectedIndex ix : indexes) {
            if (!batch.droppedIndexes.contains(ix.name()) && !ix.columns().contains(null)
                    && java.util.Collections.disjoint(ix.columns(), batch.droppedColumns)) {
                op.createIndex(ix.name(), table, map(ix.columns(), renamed), ix.unique());
            }
        }
        for (String[] ix : batch.addedIndexes) {
            op.createIndex(ix[0], table, List.of(ix).subList(2, ix.length), Boolean.parseBoolean(ix[1]));
        }
    }

    private static List<String> map(List<String> names, Map<String, String> renamed) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(renamed.getOrDefault(n, n));
        }
        return out;
    }
}
