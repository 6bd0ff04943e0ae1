package org.jalchemy.migrate;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.schema.CheckConstraint;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.ForeignKeyConstraint;
import org.jalchemy.schema.Index;
import org.jalchemy.schema.Table;
import org.jalchemy.schema.UniqueConstraint;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.types.BigIntegerType;
import org.jalchemy.types.BooleanType;
import org.jalchemy.types.DateTimeType;
import org.jalchemy.types.DateType;
import org.jalchemy.types.DoubleType;
import org.jalchemy.types.EnumType;
import org.jalchemy.types.FloatType;
import org.jalchemy.types.IntegerType;
import org.jalchemy.types.IntervalType;
import org.jalchemy.types.JsonType;
import org.jalchemy.types.LargeBinaryType;
import org.jalchemy.types.NullType;
import org.jalchemy.types.NumericType;
import org.jalchemy.types.SmallIntegerType;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.StringType;
import org.jalchemy.types.TextType;
import org.jalchemy.types.TimeType;
import org.jalchemy.types.TimestampTzType;
import org.jalchemy.types.TypeVisitor;
import org.jalchemy.types.UuidType;

/** Renders schema objects as the Java code a revision file uses ({@code Column.of("id", INTEGER).primaryKey()}). */
final class JavaSource implements TypeVisitor<String> {
    private final Dialect dialect;

    JavaSource(Dialect dialect) {
        this.dialect = dialect;
    }

    static String str(String s) {
        return s == null ? "null" : "\"" + RevisionWriter.escape(s) + "\"";
    }

    static String strings(List<String> items) {
        List<String> out = new ArrayList<>();
        for (String s : items) {
            out.add(str(s));
        }
        return String.join(", ", out);
    }

    String type(SqlType<?> t) {
        return t.accept(this);
    }

    /** A column as {@code Column.of(...)...}; {@code inPrimaryKey} marks a single-column key. */
    String column(Column<?> c, boolean singlePrimaryKey) {
        StringBuilder sb = new StringBuilder("Column.of(").append(str(c.name())).append(", ").append(type(c.type())).append(')');
        if (singlePrimaryKey) {
            sb.append(".primaryKey()");
            if (!c.isAutoincrement() && isInteger(c.type())) {
                sb.append(".autoincrement(false)");
            }
        } else if (!c.isNullable()) {
            sb.append(".notNull()");
        }
        String dflt = serverDefault(c);
        if (dflt != null) {
            sb.append(".serverDefault(text(").append(str(dflt.replace(":", "\\:"))).append("))");
        }
        return sb.toString();
    }

    static boolean isInteger(SqlType<?> t) {
        Class<?> j = t.javaType();
        return j == Integer.class || j == Long.class;
    }

    /** The column's server default as SQL text, or null. */
    String serverDefault(Column<?> c) {
        if (c.serverDefaultValue() == null) {
            return null;
        }
        return dialect.newCompiler(CacheKey.of(c.serverDefaultValue()), java.util.Map.of()).inlineSql(c.serverDefaultValue());
    }

    /** {@code op.createTable("t", columns..., constraints..., indexes...)}. */
    String createTable(Table t) {
        List<String> items = new ArrayList<>();
        boolean single = t.primaryKeyColumns().size() == 1;
        for (Column<?> c : t.columns()) {
            items.add(column(c, single && c.isPrimaryKey()));
        }
        if (t.primaryKeyColumns().size() > 1) {
            List<String> names = new ArrayList<>();
            for (Column<?> c : t.primaryKeyColumns()) {
                names.add(c.name());
            }
            items.add("PrimaryKeyConstraint.of(" + strings(names) + ")");
        }
        for (UniqueConstraint u : t.uniqueConstraints()) {
            String name = t.metadata().constraintName(u);
            items.add(name == null ? "UniqueConstraint.of(" + strings(u.columnNames()) + ")"
                    : "UniqueConstraint.named(" + str(name) + ", " + strings(u.columnNames()) + ")");
        }
        for (ForeignKeyConstraint fk : t.foreignKeys()) {
            String name = t.metadata().constraintName(fk);
            items.add("ForeignKeyConstraint.of(List.of(" + strings(fk.columnNames()) + "), List.of(" + strings(fk.targets()) + "))"
                    + (fk.onDeleteAction() == null ? "" : ".onDelete(" + str(fk.onDeleteAction()) + ")")
                    + (name == null ? "" : ".named(" + str(name) + ")"));
        }
        for (CheckConstraint ck : t.checkConstraints()) {
            items.add("CheckConstraint.of(" + str(ck.sqlText()) + ", " + str(t.metadata().constraintName(ck)) + ")");
        }
        for (Index i : t.indexes()) {
            items.add("Index.of(" + str(t.metadata().indexName(i)) + ", " + strings(i.columnNames()) + ")"
                    + (i.isUnique() ? ".unique()" : ""));
        }
        return "op.createTable(" + str(t.name()) + ",\n        " + String.join(",\n        ", items) + ");";
    }

    @Override public String visitInteger(IntegerType t) { return "INTEGER"; }
    @Override public String visitBigInteger(BigIntegerType t) { return "BIGINT"; }
    @Override public String visitSmallInteger(SmallIntegerType t) { return "SMALLINT"; }
    @Override public String visitString(StringType t) { return t.length() == null ? "STRING" : "string(" + t.length() + ")"; }
    @Override public String visitText(TextType t) { return "TEXT"; }
    @Override public String visitBoolean(BooleanType t) { return "BOOLEAN"; }
    @Override public String visitFloat(FloatType t) { return "FLOAT"; }
    @Override public String visitDouble(DoubleType t) { return "DOUBLE"; }
    @Override public String visitNumeric(NumericType t) {
        return t.precision() == null ? "NUMERIC" : "numeric(" + t.precision() + ", " + (t.scale() == null ? 0 : t.scale()) + ")";
    }
    @Override public String visitDate(DateType t) { return "DATE"; }
    @Override public String visitTime(TimeType t) { return "TIME"; }
    @Override public String visitDateTime(DateTimeType t) { return "DATETIME"; }
    @Override public String visitTimestampTz(TimestampTzType t) { return "TIMESTAMPTZ"; }
    @Override public String visitInterval(IntervalType t) { return "INTERVAL"; }
    @Override public String visitLargeBinary(LargeBinaryType t) { return "LARGE_BINARY"; }
    /** Revisions must compile without the application's enum class: the column is its VARCHAR. */
    @Override public String visitEnum(EnumType<?> t) { return "string(" + t.length() + ")"; }
    @Override public String visitJson(JsonType t) { return "JSON"; }
    @Override public String visitUuid(UuidType t) { return "UUID"; }
    @Override public String visitNull(NullType t) { return "NULLTYPE /* unknown database type: replace */"; }
}
