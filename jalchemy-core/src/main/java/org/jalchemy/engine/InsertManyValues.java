package org.jalchemy.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.sql.Executable;
import org.jalchemy.sql.Insert;
import org.jalchemy.sql.compiler.CompiledStatement;

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

    /**
     * Runs the pages on {@code conn} and joins their RETURNING rows. Each page shape (rows per page, parameter
     * keys) is compiled once, with one marker per value, and cached; a page binds its values straight from the
     * parameter maps ({@link CompiledStatement#pageValues}). The maps have the same keys ({@code Connection} checks).
     */
    static Result execute(Connection conn, Insert insert, List<? extends Map<String, ?>> paramsList) {
        Map<String, ?> first = paramsList.get(0);
        int total = paramsList.size();
        int maxBinds = conn.dialect().maxBindParameters();
        // a first guess of the markers per row; corrected from the compiled page when its values add more
        int perRow = Math.max(1, first.size() + (insert.rows().isEmpty() ? 0 : insert.rows().get(0).size()));
        int pageSize = Math.max(1, Math.min(PAGE_SIZE, maxBinds / perRow));
        List<Row> rows = new ArrayList<>(total);
        Result template = null;
        for (int start = 0; start < total; ) {
            int n = Math.min(pageSize, total - start);
            Connection.Prepared page = conn.prepare(insert, first, n);
            CompiledStatement cs = page.compiled();
            int markers = cs.slots().size();
            if (markers > maxBinds && n > 1) {
                CompiledStatement.RowSlots layout = cs.rowSlots();
                pageSize = Math.max(1, (maxBinds - layout.otherSlots(markers)) / Math.max(1, layout.perRow()));
                continue;                              // compile the smaller page shape instead
            }
            Object[] values = n == 1 ? cs.values(page.key().binds(), paramsList.get(start))
                    : cs.pageValues(page.key().binds(), paramsList, start);
            Result r = conn.executeCompiled(insert, cs, values, 0);
            template = r;
            rows.addAll(r.all());
            start += n;
        }
        return Result.buffered(conn, template, rows, rows.size());
    }
}
