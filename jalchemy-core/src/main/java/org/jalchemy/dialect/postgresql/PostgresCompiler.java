package org.jalchemy.dialect.postgresql;

import java.util.Map;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.UpsertClause;
import org.jalchemy.sql.compiler.SqlCompiler;

/** PostgreSQL's SQL: standard in nearly everything; native ILIKE and ON CONFLICT upserts. */
public class PostgresCompiler extends SqlCompiler {
    /** A compiler for one statement. */
    public PostgresCompiler(Dialect dialect, CacheKey key, Map<String, Integer> expanding) {
        super(dialect, key, expanding);
    }

    @Override protected boolean nativeIlike() { return true; }

    @Override public void visitOnConflict(UpsertClause.OnConflict clause) { onConflict(clause); }
}
