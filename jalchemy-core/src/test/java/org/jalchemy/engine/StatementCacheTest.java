package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.pool.StatementCache;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.Select;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Prepared statements are reused per physical connection, keyed by SQL: a repeated statement is not prepared
 * again, two open cursors over one query each get their own statement, and a failed statement is not reused.
 */
class StatementCacheTest extends DatabaseTest {
    private Table items;
    private Select byId;

    @BeforeEach
    void schema() {
        MetaData md = new MetaData();
        items = md.table("items", Column.of("id", INTEGER).primaryKey(), Column.of("label", string(20)));
        md.createAll(engine);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            rows.add(Map.of("id", i, "label", "item " + i));
        }
        engine.transaction(conn -> conn.execute(insert(items), rows));
        byId = select(items.c("id"), items.c("label")).where(items.c("id").eq(bindparam("id")));
    }

    private static StatementCache cacheOf(Connection conn) {
        return conn.withJdbc(StatementCache::of);
    }

    @Test
    void aRepeatedStatementReusesOneCachedStatementAcrossCheckouts() throws Exception {
        int before;
        try (Connection conn = engine.connect()) {
            assertThat(cacheOf(conn)).isNotNull();
            assertThat(conn.execute(byId, Map.of("id", 1)).one().<String>get("label")).isEqualTo("item 1");
            before = cacheOf(conn).size();
            for (int i = 2; i <= 5; i++) {
                assertThat(conn.execute(byId, Map.of("id", i)).one().<String>get("label")).isEqualTo("item " + i);
            }
            assertThat(cacheOf(conn).size()).isEqualTo(before);
            // the statement is cached and free again: leasing it does not prepare anything
            String sql = statements.get(statements.size() - 1);
            StatementCache.Lease lease = cacheOf(conn).lease(sql, j -> {
                throw new AssertionError("prepared again: " + sql);
            });
            assertThat(lease.statement().getConnection()).isNotNull();
            lease.release();
        }
        try (Connection conn = engine.connect()) {
            // the same physical connection comes back from the pool with its statements (pool size 1 in use)
            assertThat(conn.execute(byId, Map.of("id", 3)).one().<String>get(1)).isEqualTo("item 3");
            assertThat(cacheOf(conn).size()).isEqualTo(before);
        }
    }

    @Test
    void twoOpenCursorsOverTheSameQueryReadTheirOwnRows() {
        Select all = select(items.c("id")).orderBy(items.c("id"));
        try (Connection conn = engine.connect()) {
            List<Object> pairs = new ArrayList<>();
            Result outer = conn.execute(all);
            for (Row o : outer) {
                Result inner = conn.execute(all);
                int count = 0;
                for (Row i : inner) {
                    count++;
                    assertThat(i.<Integer>get(0)).isEqualTo(count);
                }
                pairs.add(o.<Integer>get(0) + ":" + count);
            }
            assertThat(pairs).containsExactly("1:5", "2:5", "3:5", "4:5", "5:5");
        }
    }

    @Test
    void aStatementReleasedByAnUnreadResultCanBeExecutedAgain() {
        Select all = select(items.c("label")).orderBy(items.c("id"));
        try (Connection conn = engine.connect()) {
            Result first = conn.execute(all);
            assertThat(first.iterator().next().<String>get(0)).isEqualTo("item 1");
            first.close();
            assertThat(conn.execute(all).scalars().all()).hasSize(5);
            assertThat(conn.execute(all).first().<String>get(0)).isEqualTo("item 1");
        }
    }

    @Test
    void aFailedStatementIsNotReusedAndTheNextExecutionWorks() {
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(insert(items).values(Map.of("id", 1, "label", "dup"))))
                    .isInstanceOf(IntegrityError.class);
            conn.rollback();
            conn.execute(insert(items).values(Map.of("id", 6, "label", "item 6")));
            conn.commit();
            assertThat(conn.execute(byId, Map.of("id", 6)).one().<String>get("label")).isEqualTo("item 6");
        }
    }

    @Test
    void closingThePoolClosesTheCachedStatements() throws Exception {
        java.sql.PreparedStatement[] seen = new java.sql.PreparedStatement[1];
        try (Connection conn = engine.connect()) {
            conn.execute(byId, Map.of("id", 1)).one();
            StatementCache.Lease lease = cacheOf(conn).lease("SELECT 1", j -> j.prepareStatement("SELECT 1"));
            seen[0] = lease.statement();
            lease.release();
            assertThat(seen[0].isClosed()).isFalse();
        }
        engine.dispose();
        assertThat(seen[0].isClosed()).isTrue();
    }

    @Test
    void anExecutemanyReusesItsCachedStatementChunkAfterChunk() throws Exception {
        var upd = update(items).where(items.c("id").eq(bindparam("b_id"))).values(Map.of("label", bindparam("b_label")));
        try (Connection conn = engine.connect()) {
            conn.execute(upd, List.of(Map.of("b_id", 1, "b_label", "one"), Map.of("b_id", 2, "b_label", "two")));
            int size = cacheOf(conn).size();
            String sql = statements.get(statements.size() - 1);
            // the batch's statement is cached and free again: leasing it does not prepare anything
            StatementCache.Lease lease = cacheOf(conn).lease(sql, j -> {
                throw new AssertionError("prepared again: " + sql);
            });
            lease.release();
            // values typed only by their class, changing from row to row: each is bound with its own class's handler
            List<Map<String, Object>> mixed = new ArrayList<>();
            mixed.add(Map.of("b_id", 3, "b_label", "three"));
            mixed.add(Map.of("b_id", 4L, "b_label", "four"));
            Map<String, Object> nullKey = new java.util.HashMap<>();
            nullKey.put("b_id", null);
            nullKey.put("b_label", "nobody");
            mixed.add(nullKey);
            mixed.add(Map.of("b_id", 5, "b_label", "five"));
            conn.execute(upd, mixed);
            assertThat(cacheOf(conn).size()).isEqualTo(size);
            assertThat(statements.get(statements.size() - 1)).isEqualTo(sql);
            // the batch left the cached statement free and empty: a single execution of the same SQL updates one row
            assertThat(conn.execute(upd, Map.of("b_id", 1, "b_label", "uno")).rowcount()).isEqualTo(1);
            conn.commit();
            assertThat(conn.execute(select(items.c("label")).orderBy(items.c("id"))).scalars().all())
                    .containsExactly("uno", "two", "three", "four", "five");
        }
    }

    @Test
    void anExecutemanyWhoseMapsHaveDifferentKeysOfTheSameCountIsRefusedBeforeAnythingIsSent() {
        var upd = update(items).where(items.c("id").eq(bindparam("b_id"))).values(Map.of("label", bindparam("b_label")));
        try (Connection conn = engine.connect()) {
            int sent = statements.size();
            assertThatThrownBy(() -> conn.execute(upd, List.of(Map.of("b_id", 1, "b_label", "one"), Map.of("b_id", 2, "label", "two"))))
                    .isInstanceOf(org.jalchemy.exc.ArgumentError.class)
                    .hasMessage("Parameter map 1 of an executemany has keys [b_id, label] but the first map has [b_id, b_label]; "
                            + "every map must have the same keys (use null values for missing ones)");
            assertThat(statements).hasSize(sent);
            conn.commit();
            assertThat(conn.execute(byId, Map.of("id", 1)).one().<String>get("label")).isEqualTo("item 1");
        }
    }

    @Test
    void aFailedExecutemanyDiscardsItsStatementAndTheNextBatchWorks() {
        var move = update(items).where(items.c("id").eq(bindparam("b_id"))).values(Map.of("id", bindparam("b_new")));
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(move, List.of(Map.of("b_id", 4, "b_new", 40), Map.of("b_id", 5, "b_new", 1))))
                    .isInstanceOf(IntegrityError.class);
            conn.rollback();
            conn.execute(move, List.of(Map.of("b_id", 4, "b_new", 40), Map.of("b_id", 5, "b_new", 50)));
            conn.commit();
            assertThat(conn.execute(select(items.c("id")).orderBy(items.c("id"))).scalars().all())
                    .containsExactly(1, 2, 3, 40, 50);
        }
    }
}
