package org.jalchemy.dialect.mysql;

import java.util.Map;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.compiler.SqlCompiler;

/** MySQL/MariaDB SQL: an OFFSET needs a LIMIT, so an offset alone gets the largest LIMIT. */
public class MySqlCompiler extends SqlCompiler {
    /** A compiler for one statement. */
    public MySqlCompiler(Dialect dialect, CacheKey key, Map<String, Integer> expanding) {
        super(dialect, key, expanding);
    }

    @Override protected void limitOffset(ColumnElement<Integer> limit, ColumnElement<Integer> offset) {
        if (limit == null && offset != null) {
            append(" LIMIT 18446744073709551615 OFFSET ");
            process(offset);
            return;
        }
        super.limitOffset(limit, offset);
    }
}
