package org.jalchemy.dialect.postgresql;

import java.util.List;
import java.util.Map;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.DatePart;
import org.jalchemy.sql.InExpression;
import org.jalchemy.sql.Operator;
import org.jalchemy.sql.UpsertClause;
import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.SqlType;

/**
 * PostgreSQL's SQL: standard in nearly everything; native ILIKE and ON CONFLICT upserts; long IN lists as
 * {@code = ANY(?)} with one array parameter.
 */
public class PostgresCompiler extends SqlCompiler {
    /**
     * IN lists longer than this are sent as {@code x = ANY(?)} (NOT IN as {@code x <> ALL(?)}) with one array
     * parameter: PostgreSQL takes at most 65,535 parameters, and every longer list shares one SQL text (one
     * compiled form, one server-side prepared statement). Shorter lists keep {@code IN (?, ...)}, where the two
     * forms measured the same (docs/sql.md).
     */
    public static final int ANY_THRESHOLD = 32;

    /** A compiler for one statement. */
    public PostgresCompiler(Dialect dialect, CacheKey key, Map<String, Integer> expanding) {
        super(dialect, key, expanding);
    }

    @Override protected boolean nativeIlike() { return true; }

    @Override public void visitIn(InExpression in) {
        List<ColumnElement<?>> values = in.values();
        Integer size = values.isEmpty() || rendersLiteralBinds() ? null : inListSize(values);
        SqlType<?> type = size == null || size <= ANY_THRESHOLD ? null : inListType(values);
        String arrayType = type == null ? null : type.accept(PostgresArrayTypes.INSTANCE);
        if (arrayType == null) {
            super.visitIn(in);
            return;
        }
        processOperand(in.element(), Operator.EQ.precedence(), false);
        append(in.negated() ? " <> ALL(" : " = ANY(");
        arrayParameter(values, PostgresArrayTypes.handler(arrayType));
        append(")");
    }

    /**
     * EXTRACT has DOW (0 = Sunday), DOY and EPOCH; EPOCH's fractions of a second are floored (the second the
     * instant falls in, as {@code Instant.getEpochSecond()} and SQLite's strftime('%s'), also before 1970).
     */
    @Override protected void extract(DatePart field, ColumnElement<?> element) {
        switch (field) {
            case DOW, DOY -> standardExtract(field.name(), element);
            case EPOCH -> {
                append("FLOOR(");
                standardExtract("EPOCH", element);
                append(")");
            }
            default -> super.extract(field, element);
        }
    }

    @Override public void visitOnConflict(UpsertClause.OnConflict clause) { onConflict(clause); }
}
