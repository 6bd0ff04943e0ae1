package org.jalchemy.sql;

import java.util.List;
import java.util.Map;
import org.jalchemy.schema.Column;

/** The conflict handling tail of an INSERT: {@code ON CONFLICT ...} or {@code ON DUPLICATE KEY UPDATE ...}. */
public sealed interface UpsertClause extends ClauseElement {
    /**
     * {@code ON CONFLICT [(targets)] DO NOTHING | DO UPDATE SET ...} (PostgreSQL, SQLite).
     *
     * @param set the columns to update, empty for DO NOTHING
     */
    record OnConflict(List<Column<?>> targets, Map<Column<?>, ColumnElement<?>> set) implements UpsertClause {
        /** Copies the target list. */
        public OnConflict { targets = List.copyOf(targets); }

        @Override public void accept(SqlVisitor visitor) { visitor.visitOnConflict(this); }

        @Override public void appendCacheKey(CacheKey key) {
            key.add("onconflict").add(targets.size());
            for (Column<?> c : targets) {
                key.identity(c);
            }
            ValuesMap.appendKey(key, set);
        }
    }

    /** {@code ON DUPLICATE KEY UPDATE col = expr, ...} (MySQL, MariaDB). */
    record OnDuplicateKey(Map<Column<?>, ColumnElement<?>> set) implements UpsertClause {
        @Override public void accept(SqlVisitor visitor) { visitor.visitOnDuplicateKey(this); }

        @Override public void appendCacheKey(CacheKey key) {
            key.add("ondupkey");
            ValuesMap.appendKey(key, set);
        }
    }
}
