package org.jalchemy.dialect.sqlite;

import java.util.List;
import java.util.Map;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.DatePart;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.ForUpdate;
import org.jalchemy.sql.InExpression;
import org.jalchemy.sql.Operator;
import org.jalchemy.sql.UpsertClause;
import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.SqlType;

/**
 * SQLite's SQL: OFFSET needs a LIMIT, so an offset alone gets {@code LIMIT -1}; ON CONFLICT upserts (3.24+);
 * no row locks (a writer locks the whole database), so FOR UPDATE is left out; no LATERAL.
 */
public class SqliteCompiler extends SqlCompiler {
    /** A compiler for one statement. */
    public SqliteCompiler(Dialect dialect, CacheKey key, Map<String, Integer> expanding) {
        super(dialect, key, expanding);
    }

    @Override protected void limitOffset(ColumnElement<Integer> limit, ColumnElement<Integer> offset) {
        if (limit == null && offset != null) {
            append(" LIMIT -1 OFFSET ");
            process(offset);
            return;
        }
        super.limitOffset(limit, offset);
    }

    @Override protected void forUpdate(ForUpdate mode) {
        // SQLite has no row locks; as SQLAlchemy does, the clause is left out.
    }

    @Override protected boolean supportsLateral() { return false; }

    /**
     * An IN list of integers or text longer than the bound-parameter limit ({@link SqliteDialect#maxBindParameters},
     * the lowest limit of current SQLite builds; the bundled sqlite-jdbc allows 250,000) is sent as one JSON array:
     * {@code x IN (SELECT value FROM json_each(?))}.
     */
    @Override public void visitIn(InExpression in) {
        List<ColumnElement<?>> values = in.values();
        Integer size = values.isEmpty() || rendersLiteralBinds() ? null : inListSize(values);
        SqlType<?> type = size == null || size <= dialect.maxBindParameters() ? null : inListType(values);
        if (type == null || !type.accept(SqliteJsonList.INSTANCE)) {
            super.visitIn(in);
            return;
        }
        processOperand(in.element(), Operator.IN.precedence(), false);
        append(in.negated() ? " NOT IN (SELECT value FROM json_each(" : " IN (SELECT value FROM json_each(");
        arrayParameter(values, SqliteJsonList.HANDLER);
        append("))");
    }

    @Override public void visitOnConflict(UpsertClause.OnConflict clause) { onConflict(clause); }

    /** strftime over SQLite's ISO text: {@code %w} counts 0 = Sunday, {@code %s} whole seconds since the epoch. */
    @Override protected void extract(DatePart field, ColumnElement<?> element) {
        String format = switch (field) {
            case YEAR -> "%Y";
            case MONTH -> "%m";
            case DAY -> "%d";
            case HOUR -> "%H";
            case MINUTE -> "%M";
            case SECOND -> "%S";
            case DOW -> "%w";
            case DOY -> "%j";
            case EPOCH -> "%s";
        };
        append("CAST(strftime('").append(format).append("', ");
        process(element);
        append(") AS INTEGER)");
    }
}
