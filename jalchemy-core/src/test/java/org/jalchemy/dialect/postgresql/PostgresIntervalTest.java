package org.jalchemy.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Sql.select;
import static org.jalchemy.types.Types.INTERVAL;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.jalchemy.engine.Connection;
import org.jalchemy.sql.LiteralColumn;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL intervals written in SQL may hold months and years, which a Duration has not: a month reads as
 * 30 days and a year as 365.25 days, as PostgreSQL's {@code EXTRACT(EPOCH FROM ...)} counts them.
 */
class PostgresIntervalTest extends DatabaseTest {
    @Test
    void intervalsWithMonthsReadFromTheDatabase() {
        assumeTrue(database == TestDatabase.POSTGRESQL, "months in intervals exist only on PostgreSQL");
        try (Connection conn = engine.connect()) {
            Object v = conn.execute(select(new LiteralColumn<>(
                    "CAST('1 year 2 mons 3 days 04:05:06.5' AS INTERVAL)", INTERVAL))).scalar();
            assertThat(v).isEqualTo(Duration.ofDays(428).plusHours(10).plusMinutes(5).plusSeconds(6).plusMillis(500));
            Object neg = conn.execute(select(new LiteralColumn<>("CAST('-1 mons -2 days' AS INTERVAL)", INTERVAL))).scalar();
            assertThat(neg).isEqualTo(Duration.ofDays(-32));
        }
    }
}
