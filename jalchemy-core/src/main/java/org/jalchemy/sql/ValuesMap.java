package org.jalchemy.sql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;

/** Builds column → value maps for INSERT and UPDATE, in the table's column order so equal shapes share SQL. */
final class ValuesMap {
    private ValuesMap() {}

    /** Converts {@code name → value} (a plain value or an expression) to {@code column → expression}. */
    static Map<Column<?>, ColumnElement<?>> of(Table table, Map<String, ?> values, Map<Column<?>, ColumnElement<?>> base) {
        for (String name : values.keySet()) {
            column(table, name);
        }
        Map<Column<?>, ColumnElement<?>> out = new LinkedHashMap<>();
        for (Column<?> c : table.columns()) {
            if (values.containsKey(c.name())) {
                out.put(c, c.bind(values.get(c.name())));
            } else if (base.containsKey(c)) {
                out.put(c, base.get(c));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Adds named parameters for the keys not already set: the values come with each execution. */
    static Map<Column<?>, ColumnElement<?>> fromKeys(Table table, Set<String> keys, Map<Column<?>, ColumnElement<?>> base) {
        Map<String, Object> named = new LinkedHashMap<>();
        for (String k : keys) {
            Column<?> c = column(table, k);
            if (!base.containsKey(c)) {
                named.put(k, BindParameter.named(k, c.type()));
            }
        }
        return named.isEmpty() ? base : of(table, named, base);
    }

    static Column<?> column(Table table, String name) {
        Column<?> c = table.columnOrNull(name);
        if (c == null) {
            throw new ArgumentError("Unconsumed column name '" + name + "': table '" + table.name() + "' has no such column");
        }
        return c;
    }

    /** Keys a column → expression map: columns by identity, expressions by structure. */
    static void appendKey(CacheKey key, Map<Column<?>, ColumnElement<?>> values) {
        key.add(values.size());
        for (Map.Entry<Column<?>, ColumnElement<?>> e : values.entrySet()) {
            key.identity(e.getKey()).add(e.getValue());
        }
    }
}
