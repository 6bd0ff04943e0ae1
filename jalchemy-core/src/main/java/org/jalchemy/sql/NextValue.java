package org.jalchemy.sql;

import org.jalchemy.schema.Sequence;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.Types;

/** The next value of a sequence, compiled per dialect ({@code nextval('s')}, {@code NEXT VALUE FOR s}, {@code s.NEXTVAL}). */
public record NextValue(Sequence sequence) implements ColumnElement<Long> {
    @Override public SqlType<Long> type() { return Types.BIGINT; }

    @Override public void accept(SqlVisitor visitor) { visitor.visitNextValue(this); }

    @Override public void appendCacheKey(CacheKey key) { key.add("nextval").add(sequence.name()); }
}
