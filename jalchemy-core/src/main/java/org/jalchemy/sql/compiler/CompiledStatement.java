package org.jalchemy.sql.compiler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.sql.BindParameter;

/**
 * A statement compiled for one dialect: SQL text with {@code ?} markers, where each marker's value comes
 * from, and the result columns with their readers. Shared by every statement of the same shape; the values
 * come from the statement being executed ({@link #values}).
 */
public final class CompiledStatement {
    /** What kind of statement was compiled: decides how it is executed. */
    public enum Kind { SELECT, INSERT, UPDATE, DELETE, TEXT, DDL }

    private final String sql;
    private final List<BindSlot> slots;
    private final List<ResultColumn> resultColumns;
    private final Kind kind;
    private final boolean returnsRows;
    private final List<String> generatedKeyColumns;
    private final List<BindParameter<?>> ownBinds;
    private final boolean cacheable;
    private final RowSlots rowSlots;
    private volatile Object resultLayout;

    /**
     * Where the markers of each row of a multi-row INSERT page are: the {@code perRow} slots from {@code first}
     * belong to row 0, the next {@code perRow} to row 1, and so on for {@code rows} rows; slots before and after
     * them (an upsert clause's) take their values from the page's first parameter map.
     */
    public record RowSlots(int first, int perRow, int rows) {
        /** The slots that are not per row. */
        public int otherSlots(int totalSlots) {
            return totalSlots - perRow * rows;
        }
    }

    /** Built by {@link SqlCompiler}; cacheable. */
    public CompiledStatement(String sql, List<BindSlot> slots, List<ResultColumn> resultColumns, Kind kind,
                             boolean returnsRows, List<String> generatedKeyColumns, List<BindParameter<?>> ownBinds) {
        this(sql, slots, resultColumns, kind, returnsRows, generatedKeyColumns, ownBinds, true, null);
    }

    /**
     * Built by {@link SqlCompiler}; {@code cacheable} is false when the SQL holds the statement's own values (so it
     * must not serve another statement of the same shape); {@code rowSlots} for an insertmanyvalues page, else null.
     */
    public CompiledStatement(String sql, List<BindSlot> slots, List<ResultColumn> resultColumns, Kind kind,
                             boolean returnsRows, List<String> generatedKeyColumns, List<BindParameter<?>> ownBinds,
                             boolean cacheable, RowSlots rowSlots) {
        this.cacheable = cacheable;
        this.rowSlots = rowSlots;
        this.sql = sql;
        this.slots = List.copyOf(slots);
        this.resultColumns = List.copyOf(resultColumns);
        this.kind = kind;
        this.returnsRows = returnsRows;
        this.generatedKeyColumns = List.copyOf(generatedKeyColumns);
        this.ownBinds = ownBinds;
    }

    /** Whether this compiled form may serve every statement of its shape (false when it holds values inline). */
    public boolean cacheable() { return cacheable; }

    /** The SQL text, with {@code ?} for every value. */
    public String sql() { return sql; }

    /** The value source of each {@code ?}, in order. */
    public List<BindSlot> slots() { return slots; }

    /** The result columns known from the statement (empty for text() and DML without RETURNING). */
    public List<ResultColumn> resultColumns() { return resultColumns; }

    /** SELECT, INSERT, ... */
    public Kind kind() { return kind; }

    /** Whether executing it produces rows (SELECT, text, or RETURNING). */
    public boolean returnsRows() { return returnsRows; }

    /** Columns whose generated values the driver should hand back (INSERT into an autoincrement key). */
    public List<String> generatedKeyColumns() { return generatedKeyColumns; }

    /**
     * The value of each {@code ?} for one execution: the statement's own bound values (in cache-key order)
     * and the execution parameters.
     *
     * @throws ArgumentError naming a parameter the statement needs and {@code params} lacks
     */
    public Object[] values(List<BindParameter<?>> binds, Map<String, ?> params) {
        Object[] out = new Object[slots.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = value(slots.get(i), binds, params);
        }
        return out;
    }

    /** The values of an array slot, in order: its own bound values, or the collection parameter's elements converted. */
    private Object arrayValue(BindSlot s, List<BindParameter<?>> binds, Map<String, ?> params) {
        if (s.arrayBinds() != null) {
            int[] indexes = s.arrayBinds();
            List<Object> out = new ArrayList<>(indexes.length);
            for (int index : indexes) {
                out.add(binds.get(index).value());
            }
            return out;
        }
        Object v = params == null ? null : params.get(s.name());
        if (!(v instanceof Collection<?> c)) {
            throw new ArgumentError("A collection is required for the expanding parameter '" + s.name() + "' in: " + sql);
        }
        List<Object> out = new ArrayList<>(c.size());
        try {
            for (Object e : c) {
                out.add(s.type().coerce(e));
            }
        } catch (ArgumentError e) {
            throw new ArgumentError(e.getMessage() + ", for parameter '" + s.name() + "'", e);
        }
        return out;
    }

    /** The layout of an insertmanyvalues page's markers, or null for any other statement. */
    public RowSlots rowSlots() { return rowSlots; }

    /**
     * The value of each {@code ?} of an insertmanyvalues page ({@link #rowSlots()}): row {@code r}'s markers from
     * {@code paramsList.get(from + r)}, the other markers from {@code paramsList.get(from)}, straight from the
     * maps (no per-row statement, map copy or array).
     *
     * @throws ArgumentError naming a parameter a map lacks
     */
    public Object[] pageValues(List<BindParameter<?>> binds, List<? extends Map<String, ?>> paramsList, int from) {
        if (rowSlots == null) {
            throw new IllegalStateException("Not an insertmanyvalues page: " + sql);
        }
        Object[] out = new Object[slots.size()];
        Map<String, ?> firstParams = paramsList.get(from);
        int first = rowSlots.first();
        int perRow = rowSlots.perRow();
        int end = first + perRow * rowSlots.rows();
        for (int i = 0; i < first; i++) {
            out[i] = value(slots.get(i), binds, firstParams);
        }
        int i = first;
        for (int r = 0; r < rowSlots.rows(); r++) {
            Map<String, ?> params = paramsList.get(from + r);
            for (int k = 0; k < perRow; k++, i++) {
                out[i] = value(slots.get(first + k), binds, params);
            }
        }
        for (i = end; i < out.length; i++) {
            out[i] = value(slots.get(i), binds, firstParams);
        }
        return out;
    }

    private Object value(BindSlot s, List<BindParameter<?>> binds, Map<String, ?> params) {
        if (s.array()) {
            return arrayValue(s, binds, params);
        }
        if (s.bindIndex() >= 0) {
            return binds.get(s.bindIndex()).value();
        }
        Object v = params == null ? null : params.get(s.name());
        // one lookup for the usual non-null value; containsKey only tells a null value from a missing one
        if (v == null && (params == null || !params.containsKey(s.name()))) {
            throw new ArgumentError("A value is required for bind parameter '" + s.name() + "' in: " + sql);
        }
        if (s.element() >= 0) {
            v = elementOf(v, s.element());
        }
        try {
            return s.type().coerce(v);
        } catch (ArgumentError e) {
            throw new ArgumentError(e.getMessage() + ", for parameter '" + s.name() + "'", e);
        }
    }

    private static Object elementOf(Object collection, int index) {
        if (collection instanceof List<?> l) {
            return l.get(index);
        }
        return new ArrayList<>((Collection<?>) collection).get(index);
    }

    /** The values this statement was compiled with (named parameters shown as {@code :name}), for display. */
    public List<Object> params() {
        List<Object> out = new ArrayList<>();
        for (BindSlot s : slots) {
            if (s.array() && s.arrayBinds() != null && ownBinds != null) {
                out.add(arrayValue(s, ownBinds, null));
            } else {
                out.add(s.bindIndex() >= 0 && ownBinds != null ? ownBinds.get(s.bindIndex()).value() : ":" + s.name());
            }
        }
        return out;
    }

    /** What the engine derived once from this statement's result columns (row metadata, readers), or null. */
    public Object resultLayout() { return resultLayout; }

    /** Remembers {@code layout} so later executions of this statement skip deriving it from the driver's metadata. */
    public void resultLayout(Object layout) { this.resultLayout = layout; }

    @Override public String toString() { return sql; }
}
