package org.jalchemy.dialect.postgresql;

import java.util.Map;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.compiler.SqlCompiler;

/** PostgreSQL's SQL: standard in nearly everything; the place for ILIKE, upserts and casts. */
public class PostgresCompiler extends SqlCompiler {
    /** A compiler for one statement. */
    public PostgresCompiler(Dialect dialect, CacheKey key, Map<String, Integer> expanding) {
        super(dialect, key, expanding);
    }
}
