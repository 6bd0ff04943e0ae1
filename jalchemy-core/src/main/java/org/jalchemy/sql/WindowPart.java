package org.jalchemy.sql;

import java.util.List;
import org.jalchemy.exc.ArgumentError;

/**
 * A part of a window specification for {@code over(...)}: {@code partitionBy(...)}, {@code orderBy(...)},
 * or a frame ({@code rows(null, 0)} = ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW).
 */
public sealed interface WindowPart {
    /** {@code PARTITION BY exprs}. */
    record PartitionBy(List<ColumnElement<?>> expressions) implements WindowPart {
        /** Copies the list. */
        public PartitionBy { expressions = List.copyOf(expressions); }
    }

    /** {@code ORDER BY exprs} inside OVER. */
    record OrderBy(List<ColumnElement<?>> expressions) implements WindowPart {
        /** Copies the list. */
        public OrderBy { expressions = List.copyOf(expressions); }
    }

    /**
     * {@code ROWS|RANGE BETWEEN start AND end}: null is UNBOUNDED, 0 CURRENT ROW, -n n PRECEDING, n n FOLLOWING.
     *
     * @param range RANGE instead of ROWS
     */
    record Frame(boolean range, Integer start, Integer end) implements WindowPart {
        /** Frames are written into the SQL (they are structure, not values), so they must be sane. */
        public Frame {
            if (start != null && end != null && start > end) {
                throw new ArgumentError("Window frame start " + start + " is after its end " + end);
            }
        }
    }
}
