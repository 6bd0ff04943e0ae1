package org.jalchemy.dialect.mysql;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jalchemy.types.FloatType;
import org.jalchemy.types.JdbcHandler;
import org.jalchemy.types.StandardJdbcHandlers;
import org.jalchemy.types.TimestampTzType;

/**
 * MySQL / MariaDB through MariaDB Connector/J. BOOLEAN is TINYINT(1) (read by getBoolean), INTERVAL a BIGINT
 * of microseconds and UUID a CHAR(36) (both from the standard handlers); what differs is below.
 */
public class MySqlJdbcHandlers extends StandardJdbcHandlers {
    /** No zone-aware type: stored as the UTC wall-clock time in DATETIME(6), read back at offset UTC. */
    @Override public JdbcHandler<?> visitTimestampTz(TimestampTzType type) {
        return handler(java.sql.Types.TIMESTAMP,
                (ps, i, v) -> ps.setObject(i, v.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()),
                (rs, i) -> {
                    LocalDateTime v = rs.getObject(i, LocalDateTime.class);
                    return v == null ? null : v.atOffset(ZoneOffset.UTC);
                });
    }

    /**
     * Stored in a DOUBLE column (see the type names): the server prints a FLOAT column with 6 significant digits,
     * so 1024.125f would come back as 1024.12f. The float is widened exactly, and narrowed back exactly.
     */
    @Override public JdbcHandler<?> visitFloat(FloatType type) {
        return handler(java.sql.Types.DOUBLE, (ps, i, v) -> ps.setDouble(i, v.doubleValue()), (rs, i) -> {
            double v = rs.getDouble(i);
            return rs.wasNull() ? null : (float) v;
        });
    }
}
