package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jalchemy.exc.DBAPIError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.TextClause;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code conn.stream(...)} fetches rows in batches while they are read. Proven without timing or memory
 * numbers: the query fails at row 15,000 of 20,000, so a result that can hand out its first rows has not
 * fetched everything, while {@code execute()} (which buffers on the servers) fails at once.
 */
class StreamingTest extends DatabaseTest {
    private static final int ROWS = 20_000;
    private Table nums;

    @BeforeEach
    void schema() {
        MetaData md = new MetaData();
        nums = md.table("nums", Column.of("n", INTEGER).primaryKey(), Column.of("label", string(20)));
        md.createAll(engine);
        List<Map<String, Object>> rows = new ArrayList<>(ROWS);
        for (int i = 1; i <= ROWS; i++) {
            rows.add(Map.of("n", i, "label", "row " + i));
        }
        engine.transaction(conn -> conn.execute(insert(nums), rows));
        clearStatements();
    }

    /** Every row, with a column whose evaluation fails at n = 15000 (a database error, not a client one). */
    private TextClause poisoned() {
        String poison = switch (database) {
            case POSTGRESQL -> "1 / (n - 15000)";
            case MARIADB -> "CASE WHEN n = 15000 THEN 18446744073709551615 + n ELSE n END";
            case SQLITE -> "CASE WHEN n = 15000 THEN abs(-9223372036854775807 - 1) ELSE n END";
        };
        return text("SELECT n, " + poison + " AS poison FROM nums ORDER BY n");
    }

    @Test
    void streamHandsOutTheFirstRowsOfALargeResultInsideATransaction() {
        try (Connection conn = engine.connect(); Transaction tx = conn.begin()) {
            Result r = conn.stream(poisoned());
            Iterator<Row> it = r.iterator();
            for (int i = 1; i <= 100; i++) {
                assertThat(it.next().<Object>get(0)).hasToString(String.valueOf(i));
            }
            r.close();
            // the connection and its transaction carry on after the cursor is closed early
            conn.execute(update(nums).where(nums.c("n").eq(1)).values(Map.of("label", "first")));
            tx.commit();
        }
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(select(nums.c("label")).where(nums.c("n").eq(1))).<Object>scalar()).isEqualTo("first");
        }
    }

    @Test
    void executeBuffersWhereStreamDoesNot() {
        if (database == TestDatabase.SQLITE) {
            // sqlite-jdbc always steps lazily: execute() too hands out the first rows
            try (Connection conn = engine.connect()) {
                assertThat(conn.execute(poisoned()).first().<Object>get(0)).hasToString("1");
            }
            return;
        }
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(poisoned()).first()).isInstanceOf(DBAPIError.class);
        }
    }

    @Test
    void readingOnReachesTheFailingRow() {
        int read = 0;
        boolean failed = false;
        try (Connection conn = engine.connect()) {
            Result r = conn.stream(poisoned());
            try {
                for (Row ignored : r) {
                    read++;
                }
            } catch (DBAPIError e) {
                failed = true;
                assertThat(e.sql()).contains("FROM nums");
            }
        }
        assertThat(failed).as("the row at n = 15000 fails").isTrue();
        // some rows came before the error; how many depends on the fetch batches, never all of them
        assertThat(read).isGreaterThan(0).isLessThan(15_000);
    }

    @Test
    void coreSelectStreamsInPartitions() {
        try (Connection conn = engine.connect()) {
            Result r = conn.stream(select(nums.c("n"), nums.c("label")).orderBy(nums.c("n")));
            Iterator<List<Row>> chunks = r.partitions(500).iterator();
            List<Row> first = chunks.next();
            assertThat(first).hasSize(500);
            assertThat(first.get(0).<Object>get(nums.c("n"))).isInstanceOf(Integer.class).isEqualTo(1);
            assertThat(chunks.next().get(0).<Object>get("label")).isEqualTo("row 501");
            r.close();
            long total = 0;
            for (List<Row> chunk : conn.stream(select(nums.c("n"))).partitions(7000)) {
                total += chunk.size();
            }
            assertThat(total).isEqualTo(ROWS);
        }
        assertThat(statements).hasSize(2);
    }
}
