package org.jalchemy.engine;

/**
 * What a transaction is begun for, given to {@link Connection#begin(TransactionIntent)}. Only SQLite acts on it:
 * PostgreSQL, MySQL/MariaDB and Oracle lock rows as statements reach them, whatever the intent.
 * <pre>{@code
 * try (Transaction tx = conn.begin(TransactionIntent.WRITE)) {   // SQLite: BEGIN IMMEDIATE
 *     Integer n = conn.execute(select(counter.c("n"))).scalar();   // read ...
 *     conn.execute(update(counter).values(Map.of("n", n + 1)));  // ... then write, under one write lock
 *     tx.commit();
 * }
 * }</pre>
 */
public enum TransactionIntent {
    /**
     * Locks are taken as statements need them (SQLite's deferred BEGIN): reading takes none that blocks a writer
     * (WAL), and the first write takes the write lock, waiting up to the busy timeout. What commit-as-you-go,
     * {@link Connection#begin()} and a Session's own transaction use.
     */
    DEFAULT,
    /**
     * The transaction will write: SQLite takes the write lock at BEGIN ({@code BEGIN IMMEDIATE}), waiting up to the
     * busy timeout, so a transaction that reads and then writes cannot fail half-way with SQLITE_BUSY. Writers queue
     * for each other; readers are not blocked (WAL). What {@code Engine.transaction} and
     * {@code SessionFactory.transaction} use.
     */
    WRITE
}
