package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.text;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.exc.OperationalError;
import org.jalchemy.testing.TestDatabase;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/**
 * A COMMIT the database refuses, provoked for real on each server: the error is the right kind, nothing of the
 * transaction is in the database, and the connection is out of the transaction and ready for the next begin().
 */
class FailedCommitTest extends DatabaseTest {

    private long count(String sql) {
        try (Connection c = engine.connect()) {
            return ((Number) c.execute(text(sql)).scalar()).longValue();
        }
    }

    private void run(String... ddl) {
        engine.transaction(c -> {
            for (String s : ddl) {
                c.execute(text(s));
            }
        });
    }

    /** The connection after a failed commit: no transaction, a new one begins, and it works. */
    private static void assertReadyForNextBegin(Connection conn, Transaction failed) {
        assertThat(failed.isActive()).isFalse();
        assertThat(conn.inTransaction()).isFalse();
        Transaction next = conn.begin();
        assertThat(((Number) conn.execute(text("SELECT 1")).scalar()).intValue()).isEqualTo(1);
        next.commit();
    }

    @Test
    void deferredForeignKeyFailingAtCommit() {
        assumeTrue(database != TestDatabase.MARIADB, "MariaDB has no deferrable constraints (see the lock-wait test)");
        run("CREATE TABLE parent (id INTEGER PRIMARY KEY)",
                "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER "
                        + "REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)");
        try (Connection conn = engine.connect()) {
            Transaction tx = conn.begin();
            conn.execute(text("INSERT INTO child (id, parent_id) VALUES (1, 99)"));
            assertThatThrownBy(tx::commit).isInstanceOf(IntegrityError.class)
                    .hasMessageContaining("COMMIT");
            assertReadyForNextBegin(conn, tx);
            // the connection goes on: a valid pair commits
            Transaction again = conn.begin();
            conn.execute(text("INSERT INTO parent (id) VALUES (1)"));
            conn.execute(text("INSERT INTO child (id, parent_id) VALUES (2, 1)"));
            again.commit();
        }
        try (Connection c = engine.connect()) {
            assertThat(c.execute(text("SELECT id FROM child ORDER BY id")).scalars().all()).hasSize(1)
                    .allSatisfy(id -> assertThat(((Number) id).intValue()).isEqualTo(2));
        }
    }

    @Test
    void commitAsYouGoAfterAFailedCommit() {
        assumeTrue(database != TestDatabase.MARIADB, "MariaDB has no deferrable constraints");
        run("CREATE TABLE parent (id INTEGER PRIMARY KEY)",
                "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER "
                        + "REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)");
        try (Connection conn = engine.connect()) {
            conn.execute(text("INSERT INTO child (id, parent_id) VALUES (1, 99)"));
            assertThatThrownBy(conn::commit).isInstanceOf(IntegrityError.class);
            assertThat(conn.inTransaction()).isFalse();
            conn.execute(text("INSERT INTO parent (id) VALUES (5)"));
            conn.commit();
        }
        assertThat(count("SELECT count(*) FROM child")).isZero();
        assertThat(count("SELECT count(*) FROM parent")).isEqualTo(1);
    }

    @Test
    void postgresqlSerializationFailureAtCommit() {
        assumeTrue(database == TestDatabase.POSTGRESQL, "SERIALIZABLE snapshot isolation is PostgreSQL's");
        run("CREATE TABLE mytab (class INTEGER NOT NULL, value INTEGER NOT NULL)",
                "INSERT INTO mytab VALUES (1, 10), (1, 20), (2, 100), (2, 200)");
        try (Engine serializable = sandbox().engineBuilder().isolationLevel("SERIALIZABLE").build();
             Connection a = serializable.connect(); Connection b = serializable.connect()) {
            Transaction ta = a.begin();
            Transaction tb = b.begin();
            // the write skew of PostgreSQL's manual: each sums one class and inserts into the other
            a.execute(text("SELECT sum(value) FROM mytab WHERE class = 1")).scalar();
            b.execute(text("SELECT sum(value) FROM mytab WHERE class = 2")).scalar();
            a.execute(text("INSERT INTO mytab VALUES (2, 30)"));
            b.execute(text("INSERT INTO mytab VALUES (1, 300)"));
            ta.commit();
            assertThatThrownBy(tb::commit).isInstanceOf(OperationalError.class)
                    .hasMessageContaining("could not serialize access");
            assertReadyForNextBegin(b, tb);
        }
        assertThat(count("SELECT count(*) FROM mytab")).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM mytab WHERE value = 300")).isZero();
    }

    @Test
    void mariadbCommitTimingOutOnTheCommitLock() {
        assumeTrue(database == TestDatabase.MARIADB, "the global read lock blocking COMMIT is MySQL/MariaDB's");
        run("CREATE TABLE t (x INTEGER) ENGINE=InnoDB");
        try (Connection writer = engine.connect(); Connection backup = engine.connect()) {
            Transaction tx = writer.begin();
            writer.execute(text("SET SESSION lock_wait_timeout = 1"));
            writer.execute(text("INSERT INTO t (x) VALUES (1)"));
            // what a backup tool does: a COMMIT of a transaction that wrote waits for the global read lock
            backup.execute(text("SET SESSION lock_wait_timeout = 10"));
            backup.execute(text("FLUSH TABLES WITH READ LOCK"));
            try {
                assertThatThrownBy(tx::commit).isInstanceOf(OperationalError.class)
                        .hasMessageContaining("Lock wait timeout");
            } finally {
                backup.execute(text("UNLOCK TABLES"));
            }
            assertReadyForNextBegin(writer, tx);
        }
        // MariaDB kept the transaction open after the timeout: only the rollback removed the row
        assertThat(count("SELECT count(*) FROM t")).isZero();
    }

    @Test
    void failedCommitClosesTheTransactionsResultsAndSavepoints() {
        assumeTrue(database != TestDatabase.MARIADB, "MariaDB has no deferrable constraints");
        run("CREATE TABLE parent (id INTEGER PRIMARY KEY)",
                "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER "
                        + "REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)");
        try (Connection conn = engine.connect()) {
            Transaction tx = conn.begin();
            Transaction sp = conn.beginNested();
            conn.execute(text("INSERT INTO child (id, parent_id) VALUES (1, 99)"));
            sp.commit();
            assertThatThrownBy(tx::commit).isInstanceOf(IntegrityError.class);
            assertThat(conn.inNestedTransaction()).isFalse();
            assertReadyForNextBegin(conn, tx);
        }
        assertThat(count("SELECT count(*) FROM child")).isZero();
        assertThat(List.of(count("SELECT count(*) FROM parent"))).containsExactly(0L);
    }
}
