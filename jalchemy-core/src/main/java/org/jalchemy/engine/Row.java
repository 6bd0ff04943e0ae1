package org.jalchemy.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.exc.NoSuchColumnError;
import org.jalchemy.sql.ColumnElement;

/**
 * One row of a result. Read by position, by name, or by the column object selected (typed):
 * <pre>{@code
 * Integer id = row.get(users.c("id"));   // typed by the column
 * String name = row.get("username");      // by name
 * }</pre>
 * Values are already the Java type of each column's SQL type.
 */
public final class Row {
    private final RowMetadata metadata;
    private final Object[] values;

    Row(RowMetadata metadata, Object[] values) {
        this.metadata = metadata;
        this.values = values;
    }

    /**
     * A row of {@code values} described by {@code metadata}: how layers above Core (the ORM) build rows that hold
     * objects as well as column values.
     */
    public static Row of(RowMetadata metadata, Object... values) {
        if (metadata.size() != values.length) {
            throw new org.jalchemy.exc.ArgumentError("Row metadata has " + metadata.size() + " columns but "
                    + values.length + " values were given");
        }
        return new Row(metadata, values.clone());
    }

    /** The number of columns. */
    public int size() { return values.length; }

    /** The value at {@code index} (0-based). */
    @SuppressWarnings("unchecked")
    public <T> T get(int index) {
        if (index < 0 || index >= values.length) {
            throw new NoSuchColumnError("Row has " + values.length + " columns; no index " + index);
        }
        return (T) values[index];
    }

    /** The value of the column called {@code name}. */
    @SuppressWarnings("unchecked")
    public <T> T get(String name) {
        return (T) values[metadata.indexOf(name)];
    }

    /** The value of the column selected as {@code column}, typed by it. */
    @SuppressWarnings("unchecked")
    public <T> T get(ColumnElement<T> column) {
        int i = metadata.indexOfElement(column);
        if (i < 0) {
            if (column instanceof org.jalchemy.schema.Column<?> c) {
                return (T) values[metadata.indexOf(c.name())];
            }
            throw new NoSuchColumnError("Expression " + column + " was not selected in this row; columns are " + metadata.names());
        }
        return (T) values[i];
    }

    /** The value at {@code index}, checked to be a {@code type}. */
    public <T> T get(int index, Class<T> type) {
        return type.cast(get(index));
    }

    /** The value called {@code name}, checked to be a {@code type}. */
    public <T> T get(String name, Class<T> type) {
        return type.cast(get(name));
    }

    /**
     * The single value that is an instance of {@code type}, e.g. an entity in an ORM row:
     * {@code row.get(User.class)}.
     */
    public <T> T get(Class<T> type) {
        T found = null;
        for (Object v : values) {
            if (type.isInstance(v)) {
                if (found != null) {
                    throw new InvalidRequestError("Row holds more than one " + type.getSimpleName() + "; read it by position");
                }
                found = type.cast(v);
            }
        }
        if (found == null) {
            throw new NoSuchColumnError("Row holds no " + type.getSimpleName());
        }
        return found;
    }

    /** The column names, in order. */
    public List<String> keys() { return metadata.names(); }

    /** The values, in order. */
    public List<Object> toList() { return Collections.unmodifiableList(Arrays.asList(values)); }

    /** Column name to value, in order (unnamed columns keyed by position). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> names = metadata.names();
        for (int i = 0; i < values.length; i++) {
            String n = names.get(i);
            m.put(n == null ? String.valueOf(i) : n, values[i]);
        }
        return m;
    }

    @Override public boolean equals(Object o) {
        return o instanceof Row r && Arrays.deepEquals(values, r.values);
    }

    @Override public int hashCode() { return Arrays.deepHashCode(values); }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object v = values[i];
            sb.append(v instanceof String s ? "'" + s + "'" : String.valueOf(v));
        }
        return sb.append(values.length == 1 ? ",)" : ")").toString();
    }
}
