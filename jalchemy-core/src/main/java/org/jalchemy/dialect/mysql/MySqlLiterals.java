package org.jalchemy.dialect.mysql;

import java.time.OffsetDateTime;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.SqlLiterals;
import org.jalchemy.types.TimestampTzType;

/** MySQL/MariaDB keep a timestamp with time zone as its UTC wall-clock time in DATETIME(6) (see {@link MySqlJdbcHandlers}). */
class MySqlLiterals extends SqlLiterals {
    MySqlLiterals(Dialect dialect) {
        super(dialect);
    }

    @Override public Renderer visitTimestampTz(TimestampTzType type) {
        return v -> "TIMESTAMP " + string(utc((OffsetDateTime) v));
    }
}
