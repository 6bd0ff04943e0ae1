package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.types.SqlType;

/**
 * A window function: {@code func.rowNumber().over(partitionBy(a), orderBy(b.desc()))} renders
 * {@code row_number() OVER (PARTITION BY a ORDER BY b DESC)}.
 */
public record Over<T>(FunctionCall<T> function, List<ColumnElement<?>> partitionBy, List<ColumnElement<?>> orderBy,
                      WindowPart.Frame frame) implements ColumnElement<T> {
    /** Copies the lists. */
    public Over {
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
    }

    /** Builds the window from its parts, in any order. */
    public static <T> Over<T> of(FunctionCall<T> function, WindowPart... parts) {
        List<ColumnElement<?>> p = new ArrayList<>();
        List<ColumnElement<?>> o = new ArrayList<>();
        WindowPart.Frame f = null;
        for (WindowPart part : parts) {
            if (part instanceof WindowPart.PartitionBy pb) {
                p.addAll(pb.expressions());
            } else if (part instanceof WindowPart.OrderBy ob) {
                o.addAll(ob.expressions());
            } else {
                f = (WindowPart.Frame) part;
            }
        }
        return new Over<>(function, p, o, f);
    }

    @Override public SqlType<T> type() { return function.type(); }

    @Override public void accept(SqlVisitor visitor) { visitor.visitOver(this); }

    @Override public void appendCacheKey(CacheKey key) {
        key.add("over").add(function).addAll(partitionBy).addAll(orderBy).add(frame);
    }

    @Override public void collectFroms(java.util.Collection<FromClause> out) {
        function.collectFroms(out);
        for (ColumnElement<?> e : partitionBy) {
            e.collectFroms(out);
        }
        for (ColumnElement<?> e : orderBy) {
            e.collectFroms(out);
        }
    }
}
