package org.jalchemy.dialect.postgresql;

import java.util.Map;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.DatePart;
import org.jalchemy.sql.UpsertClause;
import org.jalchemy.sql.compiler.SqlCompiler;

/** PostgreSQL's SQL: standard in nearly everything; native ILIKE and ON CONFLICT upserts. */
public class PostgresCompiler extends SqlCompiler {
    /** A compiler for one statement. */
    public PostgresCompiler(Dialect dialect, CacheKey key, Map<String, Integer> expanding) {
        super(dialect, key, expanding);
    }

    @Override protected boolean nativeIlike() { return true; }

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
