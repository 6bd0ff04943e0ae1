package org.jalchemy.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.schema.Column;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Executable;
import org.jalchemy.sql.Insert;

/**
 * "insertmanyvalues": an executemany of an INSERT with RETURNING is sent as multi-row
 * {@code INSERT ... VALUES (...), (...) RETURNING ...} pages (1000 rows by default, fewer when the dialect's
 * bind-parameter limit requires), so generated keys come back without one statement per row. The rows of all
 * pages form one result, in the order of the parameter maps (the order the databases return them in for a
 * plain multi-row VALUES).
 */
final class InsertManyValues {
    /** Rows per statement. */
    static final int PAGE_SIZE = 1000;

    private InsertManyValues() {}

    /** Whether {@code statement} is an INSERT ... VALUES with RETURNING that the dialect can page. */
    static boolean applies(org.jalchemy.dialect.Dialect dialect, Executable statement) {
        return statement instanceof Insert i && !i.returningColumns().isEmpty() && i.select() == null
                && i.rows().size() <= 1 && dialect.supportsInsertReturning() && dialect.supportsMultiRowInsert();
    }

    /** Runs the pages on {@code conn} and joins their RETURNING rows. */
    static Result execute(Connection conn, Insert insert, List<? extends Map<String, ?>> paramsList) {
        Map<String, Object> fixed = new LinkedHashMap<>();
        if (!insert.rows().isEmpty()) {
            for (Map.Entry<Column<?>, ColumnElement<?>> e : insert.rows().get(0).entrySet()) {
                fixed.put(e.getKey().name(), e.getValue());
            }
        }
        var keys = paramsList.get(0).keySet();
        int perRow = Math.max(1, keys.size() + fixed.size());
        int pageSize = Math.max(1, Math.min(PAGE_SIZE, conn.dialect().maxBindParameters() / perRow));
        List<Row> rows = new ArrayList<>(paramsList.size());
        Result template = null;
        long count = 0;
        for (int start = 0; start < paramsList.size(); start += pageSize) {
            List<Map<String, ?>> page = new ArrayList<>();
            for (Map<String, ?> params : paramsList.subList(start, Math.min(paramsList.size(), start + pageSize))) {
                if (!params.keySet().equals(keys)) {
                    throw new ArgumentError("executemany parameter maps must all have the same keys: " + keys
                            + " and " + params.keySet() + " (INSERT into '" + insert.table().name() + "')");
                }
                if (fixed.isEmpty()) {
                    page.add(params);                  // nothing to merge: no copy per row
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>(fixed);
                row.putAll(params);
                page.add(row);
            }
            Insert stmt = Insert.into(insert.table()).values(page)
                    .returning(insert.returningColumns().toArray(new ColumnElement<?>[0]));
            if (insert.upsert() != null) {
                stmt = stmt.withUpsert(insert.upsert());
            }
            Result r = conn.execute(stmt);
            template = r;
            List<Row> got = r.all();
            rows.addAll(got);
            count += got.size();
        }
        return Result.buffered(conn, template, rows, count);
    }
}
