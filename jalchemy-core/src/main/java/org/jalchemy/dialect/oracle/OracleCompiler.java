package org.jalchemy.dialect.oracle;

import java.util.Map;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.compiler.SqlCompiler;

/** Oracle's SQL: {@code OFFSET ? ROWS FETCH FIRST ? ROWS ONLY} (12c+), {@code FROM DUAL}. */
public class OracleCompiler extends SqlCompiler {
    /** A compiler for one statement. */
    public OracleCompiler(Dialect dialect, CacheKey key, Map<String, Integer> expanding) {
        super(dialect, key, expanding);
    }

    @Override protected void limitOffset(ColumnElement<Integer> limit, ColumnElement<Integer> offset) {
        if (offset != null) {
            append(" OFFSET ");
            process(offset);
            append(" ROWS");
        }
        if (limit != null) {
            append(" FETCH FIRST ");
            process(limit);
            append(" ROWS ONLY");
        }
    }
}
