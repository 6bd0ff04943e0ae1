package org.jalchemy.orm.internal;

import java.util.List;

/**
 * The identity of a row in a Session: mapped class plus primary-key values (each of its column's Java type).
 *
 * @param type the mapped class
 * @param values the primary-key values, in key order
 */
public record IdentityKey(Class<?> type, List<Object> values) {
    /** The key as a user would pass it to {@code get}: the value, or the list for a composite key. */
    public Object id() {
        return values.size() == 1 ? values.get(0) : values;
    }

    @Override public String toString() {
        return type.getSimpleName() + values;
    }
}
