package org.jalchemy.bench;

/**
 * Workload sizes: SQLAlchemy's suite sizes reduced so a full run fits in 15 minutes on 2 cores, and a tenth
 * of that in quick mode ({@code -Dquick}).
 */
final class Sizes {
    private Sizes() {}

    static boolean quick() {
        return Boolean.parseBoolean(System.getProperty("quick", "false"));
    }

    private static int scaled(int full) {
        return quick() ? Math.max(100, full / 10) : full;
    }

    /** Rows per bulk insert operation. */
    static int bulkRows() { return scaled(100_000); }

    /** Rows read per large-resultset operation. */
    static int resultRows() { return scaled(200_000); }

    /** Rows the short selects pick from. */
    static int lookupRows() { return 10_000; }
}
