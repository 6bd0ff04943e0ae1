package org.jalchemy.sql;

import java.util.Collection;
import java.util.Objects;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.Types;

/**
 * {@code extract(field, expr)}: a field of a date or timestamp as a whole number, compiled per dialect
 * ({@code EXTRACT} on PostgreSQL, {@code strftime} on SQLite, MySQL's functions, Oracle's {@code TO_CHAR}).
 * Typed BIGINT: values are Long for every field, as untyped integers are (one class for whole numbers):
 * {@code extract(YEAR, orders.c("placed")).eq(2024L)}, or {@code .gt(2020)} with any number.
 *
 * @param field the field
 * @param element the date or timestamp expression
 */
public record Extract(DatePart field, ColumnElement<?> element) implements ColumnElement<Long> {
    /** Both parts are required. */
    public Extract {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(element, "element");
    }

    @Override public SqlType<Long> type() { return Types.BIGINT; }

    @Override public void accept(SqlVisitor visitor) { visitor.visitExtract(this); }

    @Override public void appendCacheKey(CacheKey key) {
        key.add("extract").add(field).add(element);
    }

    @Override public void collectFroms(Collection<FromClause> out) {
        element.collectFroms(out);
    }
}
