package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.util.List;
import java.util.Map;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.exc.ResourceClosedError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SQLAlchemy 2.0 connection semantics: commit as you go, explicit transactions, savepoints. */
class ConnectionTest extends DatabaseTest {
    private Table users;

    @BeforeEach
    void schema() {
        MetaData md = new MetaData();
        users = md.table("users",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("name", string(50)).notNull());
        md.createAll(engine);
    }

    private List<String> names() {
        try (Connection conn = engine.connect()) {
            return conn.execute(select(users.c("name")).orderBy(users.c("id"))).<String>scalars().all();
        }
    }

    private void add(Connection conn, String name) {
        conn.execute(insert(users).values(Map.of("name", name)));
    }

    @Test
    void commitAsYouGo() {
        try (Connection conn = engine.connect()) {
            assertThat(conn.inTransaction()).isFalse();
            add(conn, "a");
            assertThat(conn.inTransaction()).isTrue();
            conn.commit();
            assertThat(conn.inTransaction()).isFalse();
            add(conn, "b");
            conn.rollback();
            add(conn, "c");
            conn.commit();
        }
        assertThat(names()).containsExactly("a", "c");
    }

    @Test
    void closeWithoutCommitRollsBack() {
        try (Connection conn = engine.connect()) {
            add(conn, "lost");
            assertThat(conn.execute(select(func.count()).selectFrom(users)).<Long>scalar()).isEqualTo(1L);
        }
        // a fresh connection (the same pooled one on SQLite memory) sees nothing
        assertThat(names()).isEmpty();
    }

    @Test
    void uncommittedWorkIsInvisibleToAnotherConnection() {
        if (database == org.jalchemy.testing.TestDatabase.SQLITE) {
            // sqlite:///:memory: has one connection; a second connect() in this thread fails fast instead of hanging
            try (Connection conn = engine.connect()) {
                assertThatThrownBy(engine::connect).isInstanceOf(org.jalchemy.exc.TimeoutError.class)
                        .hasMessageContaining("already checked out by this thread");
            }
            return;
        }
        try (Connection writer = engine.connect()) {
            add(writer, "pending");
            assertThat(names()).isEmpty();
            writer.commit();
            assertThat(names()).containsExactly("pending");
        }
    }

    @Test
    void beginAfterImplicitBeginIsRejected() {
        try (Connection conn = engine.connect()) {
            add(conn, "a");
            assertThatThrownBy(conn::begin).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("already begun a transaction");
            conn.commit();
            Transaction tx = conn.begin();
            assertThatThrownBy(conn::begin).isInstanceOf(InvalidRequestError.class);
            tx.rollback();
        }
    }

    @Test
    void explicitTransactionCommitRollbackAndClose() {
        try (Connection conn = engine.connect()) {
            try (Transaction tx = conn.begin()) {
                assertThat(tx.isActive()).isTrue();
                assertThat(tx.isNested()).isFalse();
                add(conn, "committed");
                tx.commit();
                assertThat(tx.isActive()).isFalse();
                assertThatThrownBy(tx::commit).isInstanceOf(InvalidRequestError.class).hasMessageContaining("no longer active");
            }
            try (Transaction tx = conn.begin()) {
                add(conn, "rolled back");
                tx.rollback();
            }
            try (Transaction tx = conn.begin()) {
                add(conn, "closed without commit");
                assertThat(tx.isActive()).isTrue();
            }
            assertThat(conn.inTransaction()).isFalse();
        }
        assertThat(names()).containsExactly("committed");
    }

    @Test
    void savepointRollbackKeepsOuterWork() {
        try (Connection conn = engine.connect(); Transaction tx = conn.begin()) {
            add(conn, "outer");
            try (Transaction sp = conn.beginNested()) {
                assertThat(sp.isNested()).isTrue();
                assertThat(conn.inNestedTransaction()).isTrue();
                add(conn, "inner");
                sp.rollback();
            }
            assertThat(conn.inNestedTransaction()).isFalse();
            add(conn, "after");
            tx.commit();
        }
        assertThat(names()).containsExactly("outer", "after");
    }

    @Test
    void savepointReleaseKeepsAll() {
        try (Connection conn = engine.connect(); Transaction tx = conn.begin()) {
            add(conn, "outer");
            try (Transaction sp = conn.beginNested()) {
                add(conn, "inner");
                sp.commit();
            }
            tx.commit();
        }
        assertThat(names()).containsExactly("outer", "inner");
    }

    @Test
    void savepointClosedWithoutCommitRollsBackToIt() {
        try (Connection conn = engine.connect()) {
            add(conn, "outer");
            try (Transaction sp = conn.beginNested()) {
                add(conn, "inner");
            }
            conn.commit();
        }
        assertThat(names()).containsExactly("outer");
    }

    @Test
    void nestedSavepoints() {
        try (Connection conn = engine.connect(); Transaction tx = conn.begin()) {
            add(conn, "level0");
            Transaction sp1 = conn.beginNested();
            add(conn, "level1");
            Transaction sp2 = conn.beginNested();
            add(conn, "level2");
            sp2.rollback();
            Transaction sp3 = conn.beginNested();
            add(conn, "level2b");
            sp3.commit();
            sp1.commit();
            Transaction sp4 = conn.beginNested();
            add(conn, "level1b");
            Transaction sp5 = conn.beginNested();
            add(conn, "level2c");
            sp4.rollback();   // rolling back the outer savepoint undoes the inner one too
            assertThat(sp5.isActive()).isFalse();
            tx.commit();
        }
        assertThat(names()).containsExactly("level0", "level1", "level2b");
    }

    @Test
    void engineTransactionCommits() {
        engine.transaction(conn -> add(conn, "a"));
        assertThat(names()).containsExactly("a");
    }

    @Test
    void engineTransactionRollsBackAndRethrowsTheSameException() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> engine.transaction(conn -> {
            add(conn, "a");
            throw boom;
        })).isSameAs(boom);
        assertThat(names()).isEmpty();
    }

    @Test
    void transactionResultReturnsTheValue() {
        engine.transaction(conn -> {
            add(conn, "a");
            add(conn, "b");
        });
        long n = engine.transactionResult(conn -> conn.execute(select(func.count()).selectFrom(users)).scalar());
        assertThat(n).isEqualTo(2L);
        Integer id = engine.transactionResult(conn -> conn.execute(insert(users).values(Map.of("name", "c")))
                .insertedPrimaryKey().get(0));
        assertThat(id).isEqualTo(3);
        assertThat(names()).containsExactly("a", "b", "c");
    }

    @Test
    void closedConnectionRaisesResourceClosedError() {
        Connection conn = engine.connect();
        conn.close();
        assertThat(conn.isClosed()).isTrue();
        conn.close();   // closing twice is harmless
        assertThatThrownBy(() -> conn.execute(select(users.c("id")))).isInstanceOf(ResourceClosedError.class)
                .hasMessageContaining("Connection is closed");
        assertThatThrownBy(conn::commit).isInstanceOf(ResourceClosedError.class);
        assertThatThrownBy(conn::begin).isInstanceOf(ResourceClosedError.class);
        assertThatThrownBy(conn::beginNested).isInstanceOf(ResourceClosedError.class);
    }
}
