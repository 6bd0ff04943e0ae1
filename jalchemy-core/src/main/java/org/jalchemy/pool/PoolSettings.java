package org.jalchemy.pool;

import java.time.Duration;

/**
 * Pool configuration as SQLAlchemy names it.
 *
 * @param size connections kept open
 * @param maxOverflow extra connections opened under load, closed when idle
 * @param timeout how long a checkout waits for a free connection
 * @param recycle connections older than this are replaced (null: HikariCP's 30 minutes)
 * @param prePing test a connection before handing it out when it has been idle
 * @param isolationLevel e.g. "READ COMMITTED", "REPEATABLE READ", "SERIALIZABLE"; null for the database default
 */
public record PoolSettings(int size, int maxOverflow, Duration timeout, Duration recycle, boolean prePing,
                           String isolationLevel) {
    /** SQLAlchemy's defaults: 5 + 10 overflow, 30 s timeout, pre-ping on. */
    public static PoolSettings defaults() {
        return new PoolSettings(5, 10, Duration.ofSeconds(30), null, true, null);
    }
}
