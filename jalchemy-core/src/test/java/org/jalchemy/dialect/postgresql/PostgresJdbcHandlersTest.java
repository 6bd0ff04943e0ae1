package org.jalchemy.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Reading PostgreSQL's ISO-8601 interval text as a Duration (no database needed). */
class PostgresJdbcHandlersTest {
    @Test
    void parsesWhatPostgresWrites() throws SQLException {
        assertThat(PostgresJdbcHandlers.parseInterval("P3DT4H0.000005S")).isEqualTo(Duration.ofDays(3).plusHours(4).plusNanos(5000));
        assertThat(PostgresJdbcHandlers.parseInterval("PT-1H-0.000001S")).isEqualTo(Duration.ofHours(-1).minusNanos(1000));
        assertThat(PostgresJdbcHandlers.parseInterval("P1Y2M3DT4H5M6.5S")).isEqualTo(
                Duration.ofDays(365 + 60 + 3).plusHours(6 + 4).plusMinutes(5).plusSeconds(6).plusMillis(500));
        assertThat(PostgresJdbcHandlers.parseInterval("P-1M")).isEqualTo(Duration.ofDays(-30));
        assertThat(PostgresJdbcHandlers.parseInterval("P1M")).isEqualTo(Duration.ofDays(30));
        assertThatThrownBy(() -> PostgresJdbcHandlers.parseInterval("1 day")).isInstanceOf(SQLException.class)
                .hasMessageContaining("1 day");
    }
}
