package org.jalchemy.dialect;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.schema.CheckConstraint;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.CreateIndex;
import org.jalchemy.schema.CreateTable;
import org.jalchemy.schema.DdlVisitor;
import org.jalchemy.schema.DropIndex;
import org.jalchemy.schema.DropTable;
import org.jalchemy.schema.ForeignKeyConstraint;
import org.jalchemy.schema.Index;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.schema.UniqueConstraint;
import org.jalchemy.sql.compiler.SqlCompiler;

/**
 * Standard DDL: CREATE/DROP TABLE and INDEX. Dialects override the pieces that differ (autoincrement
 * columns, DROP INDEX syntax, type names).
 */
public class DdlCompiler implements DdlVisitor {
    /** The dialect compiled for. */
    protected final Dialect dialect;
    /** The statement compiler the DDL is written into. */
    protected final SqlCompiler compiler;

    /** A DDL compiler writing into {@code compiler}. */
    public DdlCompiler(Dialect dialect, SqlCompiler compiler) {
        this.dialect = dialect;
        this.compiler = compiler;
    }

    /** Quotes an identifier as the dialect requires. */
    protected String q(String name) {
        return dialect.quote(name);
    }

    @Override public void visitCreateTable(CreateTable create) {
        Table t = create.table();
        List<String> parts = new ArrayList<>();
        for (Column<?> c : t.columns()) {
            parts.add(columnSpec(c));
        }
        String pk = primaryKeySpec(t);
        if (pk != null) {
            parts.add(pk);
        }
        for (UniqueConstraint u : t.uniqueConstraints()) {
            parts.add(named(t.metadata(), u.name()) + "UNIQUE (" + columnList(u.columnNames()) + ")");
        }
        for (ForeignKeyConstraint fk : t.foreignKeys()) {
            parts.add(foreignKeySpec(fk));
        }
        for (CheckConstraint ck : t.checkConstraints()) {
            parts.add(named(t.metadata(), ck.name()) + "CHECK (" + ck.sqlText() + ")");
        }
        compiler.append("CREATE TABLE ").append(q(t.name())).append(" (\n\t")
                .append(String.join(",\n\t", parts)).append("\n)").append(tableOptions(t));
    }

    /** Text after the closing parenthesis of CREATE TABLE (MySQL's ENGINE, ...). */
    protected String tableOptions(Table table) {
        return "";
    }

    private String named(MetaData md, String name) {
        return name == null ? "" : "CONSTRAINT " + q(name) + " ";
    }

    /** {@code PRIMARY KEY (a, b)}, or null when the table has none or the dialect put it on the column. */
    protected String primaryKeySpec(Table t) {
        List<Column<?>> pk = t.primaryKeyColumns();
        if (pk.isEmpty()) {
            return null;
        }
        String name = t.primaryKeyConstraint() == null ? null : t.primaryKeyConstraint().name();
        List<String> names = new ArrayList<>();
        for (Column<?> c : pk) {
            names.add(c.name());
        }
        return named(t.metadata(), name) + "PRIMARY KEY (" + columnList(names) + ")";
    }

    /** {@code FOREIGN KEY(a) REFERENCES t (b) ON DELETE ...}. */
    protected String foreignKeySpec(ForeignKeyConstraint fk) {
        List<String> refCols = new ArrayList<>();
        for (String target : fk.targets()) {
            refCols.add(target.substring(target.lastIndexOf('.') + 1));
        }
        StringBuilder sb = new StringBuilder(named(fk.table().metadata(), fk.name()));
        sb.append("FOREIGN KEY(").append(columnList(fk.columnNames())).append(") REFERENCES ")
                .append(q(fk.referredTableName())).append(" (").append(columnList(refCols)).append(')');
        if (fk.onDeleteAction() != null) {
            sb.append(" ON DELETE ").append(fk.onDeleteAction());
        }
        if (fk.onUpdateAction() != null) {
            sb.append(" ON UPDATE ").append(fk.onUpdateAction());
        }
        return sb.toString();
    }

    /** Quoted, comma-separated column names. */
    protected String columnList(List<String> names) {
        List<String> quoted = new ArrayList<>();
        for (String n : names) {
            quoted.add(q(n));
        }
        return String.join(", ", quoted);
    }

    /** One column's definition: name, type, default, NOT NULL, and the dialect's autoincrement form. */
    protected String columnSpec(Column<?> c) {
        StringBuilder sb = new StringBuilder(q(c.name())).append(' ').append(columnType(c));
        if (c.serverDefaultValue() != null) {
            sb.append(" DEFAULT ").append(compiler.inlineSql(c.serverDefaultValue()));
        }
        if (!c.isNullable()) {
            sb.append(" NOT NULL");
        }
        String auto = c.isAutoincrement() ? autoincrementClause(c) : "";
        if (!auto.isEmpty()) {
            sb.append(' ').append(auto);
        }
        return sb.toString();
    }

    /** The column's type in DDL; dialects replace it for autoincrement columns (SERIAL). */
    protected String columnType(Column<?> c) {
        return dialect.typeName(c.type());
    }

    /** Text that makes an integer primary key generated (AUTO_INCREMENT, IDENTITY); empty where implicit. */
    protected String autoincrementClause(Column<?> c) {
        return "";
    }

    @Override public void visitDropTable(DropTable drop) {
        compiler.append("DROP TABLE ").append(q(drop.table().name()));
    }

    @Override public void visitCreateIndex(CreateIndex create) {
        Index i = create.index();
        compiler.append(i.isUnique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ")
                .append(q(i.table().metadata().indexName(i))).append(" ON ").append(q(i.table().name()))
                .append(" (").append(columnList(i.columnNames())).append(")");
    }

    @Override public void visitDropIndex(DropIndex drop) {
        Index i = drop.index();
        compiler.append("DROP INDEX ").append(q(i.table().metadata().indexName(i)));
    }
}
