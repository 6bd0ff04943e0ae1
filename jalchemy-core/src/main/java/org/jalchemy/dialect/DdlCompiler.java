package org.jalchemy.dialect;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.schema.AddConstraint;
import org.jalchemy.schema.CheckConstraint;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Constraint;
import org.jalchemy.schema.CreateIndex;
import org.jalchemy.schema.CreateTable;
import org.jalchemy.schema.DdlVisitor;
import org.jalchemy.schema.DropConstraint;
import org.jalchemy.schema.DropIndex;
import org.jalchemy.schema.DropTable;
import org.jalchemy.schema.ForeignKeyConstraint;
import org.jalchemy.schema.Index;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.PrimaryKeyConstraint;
import org.jalchemy.schema.SetColumnComment;
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
            parts.add(uniqueSpec(u));
        }
        for (ForeignKeyConstraint fk : t.foreignKeys()) {
            if (!create.omittedForeignKeys().contains(fk)) {
                parts.add(foreignKeySpec(fk));
            }
        }
        for (CheckConstraint ck : t.checkConstraints()) {
            parts.add(checkSpec(ck));
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

    /** {@code CONSTRAINT name } with the name the MetaData (naming convention) gives, or empty when unnamed. */
    protected String constraintPrefix(Constraint c) {
        return named(c.table().metadata(), c.table().metadata().constraintName(c));
    }

    /** {@code UNIQUE (a, b)}. */
    protected String uniqueSpec(UniqueConstraint u) {
        return constraintPrefix(u) + "UNIQUE (" + columnList(u.columnNames()) + ")";
    }

    /** {@code CHECK (condition)}; the condition is used verbatim. */
    protected String checkSpec(CheckConstraint ck) {
        return constraintPrefix(ck) + "CHECK (" + ck.sqlText() + ")";
    }

    /** {@code PRIMARY KEY (a, b)}, or null when the table has none or the dialect put it on the column. */
    protected String primaryKeySpec(Table t) {
        List<Column<?>> pk = t.primaryKeyColumns();
        if (pk.isEmpty()) {
            return null;
        }
        String prefix = t.primaryKeyConstraint() == null
                ? named(t.metadata(), t.metadata().constraintName(columnPrimaryKey(t, pk)))
                : constraintPrefix(t.primaryKeyConstraint());
        List<String> names = new ArrayList<>();
        for (Column<?> c : pk) {
            names.add(c.name());
        }
        return prefix + "PRIMARY KEY (" + columnList(names) + ")";
    }

    /** The unnamed primary key declared on columns, as a constraint, so the naming convention can name it. */
    private static PrimaryKeyConstraint columnPrimaryKey(Table t, List<Column<?>> pk) {
        String[] names = new String[pk.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = pk.get(i).name();
        }
        return PrimaryKeyConstraint.detached(t, names);
    }

    /** {@code FOREIGN KEY(a) REFERENCES t (b) ON DELETE ...}. */
    protected String foreignKeySpec(ForeignKeyConstraint fk) {
        List<String> refCols = new ArrayList<>();
        for (String target : fk.targets()) {
            refCols.add(target.substring(target.lastIndexOf('.') + 1));
        }
        StringBuilder sb = new StringBuilder(constraintPrefix(fk));
        sb.append("FOREIGN KEY(").append(columnList(fk.columnNames())).append(") REFERENCES ")
                .append(q(fk.referredTableName())).append(" (").append(columnList(refCols)).append(')');
        if (fk.onDeleteAction() != null) {
            sb.append(" ON DELETE ").append(fk.onDeleteAction());
        }
        if (fk.onUpdateAction() != null && supportsOnUpdate()) {
            sb.append(" ON UPDATE ").append(fk.onUpdateAction());
        }
        return sb.toString();
    }

    /** Whether foreign keys may have ON UPDATE (Oracle has none: the clause is left out there). */
    protected boolean supportsOnUpdate() {
        return true;
    }

    /** Quoted, comma-separated column names. */
    protected String columnList(List<String> names) {
        List<String> quoted = new ArrayList<>();
        for (String n : names) {
            quoted.add(q(n));
        }
        return String.join(", ", quoted);
    }

    /**
     * One column's definition: name, type, default, NOT NULL, and the dialect's autoincrement form (after
     * NOT NULL, or before it where {@link #identityBeforeNullability()} says so).
     */
    protected String columnSpec(Column<?> c) {
        StringBuilder sb = new StringBuilder(q(c.name())).append(' ').append(columnType(c));
        boolean fromSequence = c.sequence() != null && dialect.supportsSequences();
        String auto = c.isAutoincrement() && !fromSequence ? autoincrementClause(c) : "";
        if (!auto.isEmpty() && identityBeforeNullability()) {
            sb.append(' ').append(auto);
        }
        if (c.serverDefaultValue() != null) {
            sb.append(" DEFAULT ").append(serverDefaultSql(c));
        } else if (fromSequence) {
            sb.append(" DEFAULT ").append(dialect.nextValueSql(c.sequence()));
        }
        if (!c.isNullable()) {
            sb.append(" NOT NULL");
        }
        if (!auto.isEmpty() && !identityBeforeNullability()) {
            sb.append(' ').append(auto);
        }
        String comment = columnCommentClause(c);
        if (!comment.isEmpty()) {
            sb.append(' ').append(comment);
        }
        return sb.toString();
    }

    /** The SQL of the column's server default. */
    protected String serverDefaultSql(Column<?> c) {
        return compiler.inlineSql(c.serverDefaultValue());
    }

    /** Whether the autoincrement clause is an identity clause that must precede DEFAULT and NOT NULL (Oracle). */
    protected boolean identityBeforeNullability() {
        return false;
    }

    /** An inline column comment (MySQL's {@code COMMENT '...'}); empty where comments are not inline. */
    protected String columnCommentClause(Column<?> c) {
        return "";
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

    @Override public void visitSetColumnComment(SetColumnComment comment) {
        Column<?> c = comment.column();
        compiler.append("COMMENT ON COLUMN ").append(q(c.table().name())).append(".").append(q(c.name())).append(" IS ")
                .append(c.comment() == null ? "NULL" : dialect.quoteString(c.comment()));
    }

    @Override public void visitAddConstraint(AddConstraint add) {
        Constraint c = add.constraint();
        compiler.append("ALTER TABLE ").append(q(c.table().name())).append(" ADD ").append(constraintSpec(c));
    }

    /** A table-level constraint clause as in CREATE TABLE, chosen by the constraint's kind. */
    protected String constraintSpec(Constraint c) {
        return switch (c.conventionKey()) {
            case "fk" -> foreignKeySpec((ForeignKeyConstraint) c);
            case "uq" -> uniqueSpec((UniqueConstraint) c);
            case "ck" -> checkSpec((CheckConstraint) c);
            default -> constraintPrefix(c) + "PRIMARY KEY (" + columnList(c.columnNames()) + ")";
        };
    }

    @Override public void visitDropConstraint(DropConstraint drop) {
        compiler.append("ALTER TABLE ").append(q(drop.constraint().table().name())).append(" DROP CONSTRAINT ")
                .append(q(dropName(drop)));
    }

    /** The name of the constraint to drop: the given one, or the MetaData's; a clear error when there is none. */
    protected String dropName(DropConstraint drop) {
        Constraint c = drop.constraint();
        String name = drop.name() != null ? drop.name() : c.table().metadata().constraintName(c);
        if (name == null) {
            throw new org.jalchemy.exc.CompileError("Cannot drop the unnamed " + c.getClass().getSimpleName() + " "
                    + c.columnNames() + " of table '" + c.table().name() + "': give it a name or a naming convention");
        }
        return name;
    }
}
