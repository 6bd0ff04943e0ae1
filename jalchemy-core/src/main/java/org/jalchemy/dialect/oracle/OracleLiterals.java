package org.jalchemy.dialect.oracle;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.SqlLiterals;
import org.jalchemy.types.IntervalType;
import org.jalchemy.types.LargeBinaryType;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.TimeType;
import org.jalchemy.types.TimestampTzType;

/**
 * Oracle: TIME and INTERVAL are DAY TO SECOND intervals (see the type names), BLOBs are written with
 * {@code HEXTORAW}, a zoned TIMESTAMP literal carries its offset after the time, and the binary floating-point
 * types have named constants for NaN and infinity.
 */
class OracleLiterals extends SqlLiterals {
    OracleLiterals(Dialect dialect) {
        super(dialect);
    }

    @Override public Renderer visitTime(TimeType type) {
        return v -> "INTERVAL " + string("0 " + TIME.format((LocalTime) v)) + " DAY(0) TO SECOND(6)";
    }

    @Override public Renderer visitTimestampTz(TimestampTzType type) {
        return v -> "TIMESTAMP " + string(utc((OffsetDateTime) v) + " +00:00");
    }

    /** {@code INTERVAL '-1 02:03:04.000005' DAY(9) TO SECOND(6)}. */
    @Override public Renderer visitInterval(IntervalType type) {
        return v -> {
            Duration d = (Duration) v;
            Duration a = d.abs();
            String text = String.format("%s%d %02d:%02d:%02d.%06d", d.isNegative() ? "-" : "", a.toDays(), a.toHoursPart(),
                    a.toMinutesPart(), a.toSecondsPart(), a.toNanosPart() / 1000);
            return "INTERVAL " + string(text) + " DAY(9) TO SECOND(6)";
        };
    }

    @Override public Renderer visitLargeBinary(LargeBinaryType type) {
        return v -> "HEXTORAW('" + HexFormat.of().formatHex((byte[]) v) + "')";
    }

    @Override protected String nonFinite(double v, SqlType<?> type) {
        String prefix = dialect.typeName(type) + "_"; // BINARY_FLOAT_NAN, BINARY_DOUBLE_INFINITY, ...
        return Double.isNaN(v) ? prefix + "NAN" : (v > 0 ? "" : "-") + prefix + "INFINITY";
    }
}
