package org.jalchemy.bench;

/**
 * Workload sizes. SQLAlchemy's suite inserts and updates 100,000 rows and reads 500,000; the defaults here are
 * smaller so that the whole suite (about 120 benchmarks, each in its own JVM) runs in 15 minutes on 2 cores;
 * joined_loading loads 1,000 parents with 10 children each ({@code -Dbench.parents}).
 * Override with {@code -Dbench.bulkRows=100000 -Dbench.resultRows=500000}. Quick mode ({@code -Dquick}) uses a
 * tenth.
 */
final class Sizes {
    private Sizes() {}

    static boolean quick() {
        return Boolean.parseBoolean(System.getProperty("quick", "false"));
    }

    private static int scaled(String property, int full) {
        int n = Integer.getInteger(property, full);
        return quick() ? Math.max(100, n / 10) : n;
    }

    /** Rows per bulk insert operation, and rows walked by a bulk update operation. */
    static int bulkRows() { return scaled("bench.bulkRows", 20_000); }

    /** Rows read per large-resultset operation. */
    static int resultRows() { return scaled("bench.resultRows", 50_000); }

    /** Children per parent in joined_loading. */
    static final int CHILDREN_PER_PARENT = 10;

    /** Parents loaded (with {@link #CHILDREN_PER_PARENT} children each) per joined_loading operation. */
    static int parents() { return scaled("bench.parents", 1_000); }

    /** Rows the short selects pick from. */
    static int lookupRows() { return 10_000; }
}
