package org.jalchemy.dialect.postgresql;

import java.time.Duration;
import java.util.HexFormat;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.SqlLiterals;
import org.jalchemy.types.IntervalType;
import org.jalchemy.types.LargeBinaryType;
import org.jalchemy.types.SqlType;

/**
 * PostgreSQL: intervals as ISO-8601 text (as bound), bytea through {@code decode(hex)} (no backslash, so the
 * same text whatever {@code standard_conforming_strings} says), and NaN and infinities, which it stores.
 */
class PostgresLiterals extends SqlLiterals {
    PostgresLiterals(Dialect dialect) {
        super(dialect);
    }

    @Override public Renderer visitInterval(IntervalType type) {
        return v -> "INTERVAL " + string(((Duration) v).toString());
    }

    @Override public Renderer visitLargeBinary(LargeBinaryType type) {
        return v -> "decode('" + HexFormat.of().formatHex((byte[]) v) + "', 'hex')";
    }

    @Override protected String nonFinite(double v, SqlType<?> type) {
        String name = Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        return "CAST('" + name + "' AS " + dialect.typeName(type) + ")";
    }
}
