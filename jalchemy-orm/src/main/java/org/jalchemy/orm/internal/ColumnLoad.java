package org.jalchemy.orm.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.sql.ColumnElement;

/**
 * Which columns of a mapper a load reads: deferred columns ({@code @Column(deferred = true)}, the {@code defer} /
 * {@code undefer} / {@code loadOnly} loader options) are left out of the SELECT, and their place in the values array a
 * load produces holds a marker ({@link #NOT_LOADED}, or {@link #RAISE} for raiseload) instead of a value. The marker
 * travels into the object's snapshot: {@link Mapper#populate} leaves the field alone, flush treats a field that still
 * holds its default against a marker as unchanged (so a never-loaded column is never written back as NULL), and
 * {@code Session.value} / {@code refresh(obj, attrs)} find there what is unloaded.
 * <p>
 * Only plain mappers (no inheritance hierarchy, no record, no embedded value) defer columns; {@link #check} says so.
 * Immutable.
 */
public final class ColumnLoad {
    /** In a values array or snapshot: this column was not loaded; the field holds its type's default. */
    public static final Object NOT_LOADED = new Marker("NOT_LOADED");
    /** As {@link #NOT_LOADED}; asking for the value raises instead of loading it (raiseload). */
    public static final Object RAISE = new Marker("RAISE");

    private record Marker(String name) {
        @Override public String toString() { return name; }
    }

    private final Mapper mapper;
    /** Per property: null when loaded, else the marker its place holds. */
    private final Object[] markers;
    private final ColumnElement<?>[] columns;
    private final int[] loaded;

    private ColumnLoad(Mapper mapper, Object[] markers) {
        this.mapper = mapper;
        this.markers = markers;
        List<ColumnElement<?>> cols = new ArrayList<>();
        List<Integer> idx = new ArrayList<>();
        for (ColumnProperty p : mapper.properties()) {
            if (markers[p.index()] == null) {
                cols.add(p.column());
                idx.add(p.index());
            }
        }
        this.columns = cols.toArray(new ColumnElement<?>[0]);
        this.loaded = idx.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether {@code v} (from a snapshot or a loaded values array) stands for a column that was not loaded. */
    public static boolean isUnloaded(Object v) {
        return v == NOT_LOADED || v == RAISE;
    }

    /** Whether {@code v} is what the field of {@code p} holds when its column was never loaded (null, 0, false). */
    public static boolean isDefault(ColumnProperty p, Object v) {
        if (v == null) {
            return true;
        }
        if (!p.fieldType().isPrimitive()) {
            return false;
        }
        return v instanceof Boolean b ? !b : v instanceof Character c ? c == 0 : v instanceof Number n && n.doubleValue() == 0;
    }

    /** Empties the field of {@code p} in {@code obj}: null, or the primitive type's default. */
    public static void clear(ColumnProperty p, Object obj) {
        Class<?> t = p.fieldType();
        Object v = !t.isPrimitive() ? null : t == boolean.class ? Boolean.FALSE : t == int.class ? (Object) 0
                : t == long.class ? (Object) 0L : t == double.class ? (Object) 0d : t == float.class ? (Object) 0f
                : t == short.class ? (Object) (short) 0 : t == byte.class ? (Object) (byte) 0 : (Object) (char) 0;
        p.set(obj, v);
    }

    /** The load of every column but {@code deferred} (field names → raiseload), or null when none is deferred. */
    static ColumnLoad defaults(Mapper m, java.util.Map<String, Boolean> deferred) {
        if (deferred.isEmpty()) {
            return null;
        }
        Object[] markers = new Object[m.properties().size()];
        for (java.util.Map.Entry<String, Boolean> e : deferred.entrySet()) {
            ColumnProperty p = m.property(e.getKey());
            checkDeferrable(m, p, "@Column(deferred = true)");
            markers[p.index()] = e.getValue() ? RAISE : NOT_LOADED;
        }
        return new ColumnLoad(m, markers);
    }

    /** How {@code m} loads by default: its mapper's deferred columns left out (all columns when none is). */
    public static ColumnLoad of(Mapper m) {
        ColumnLoad d = m.defaultLoad();
        return d != null ? d : new ColumnLoad(m, new Object[m.properties().size()]);
    }

    /**
     * Checks that {@code m} can defer columns at all.
     *
     * @throws ArgumentError naming the class and {@code what} when it is in an inheritance hierarchy, a record, or has
     *         embedded values
     */
    public static void check(Mapper m, String what) {
        String why = m.isRecord() ? "it is a record (its fields cannot be filled in later)"
                : m.strategy() != null ? "it is in an inheritance hierarchy"
                : !m.embedded().isEmpty() ? "it has @Embedded values" : null;
        if (why != null) {
            throw new org.jalchemy.orm.exc.MappingError(what + " on " + m.type().getSimpleName() + ": deferred columns are not "
                    + "supported because " + why);
        }
    }

    private static void checkDeferrable(Mapper m, ColumnProperty p, String what) {
        check(m, what);
        if (p.column().isPrimaryKey() || p == m.version()) {
            throw new ArgumentError(what + ": " + p + " is " + (p == m.version() ? "the @Version column" : "a primary-key column")
                    + ", which every load reads; it cannot be deferred");
        }
    }

    /** Query-time check: the relationships' loaders and flush read their foreign-key fields, which must be loaded. */
    private static void checkNotRelationshipKey(Mapper m, ColumnProperty p, String what) {
        if (relationshipKeys(m).contains(p)) {
            throw new ArgumentError(what + ": " + p + " is a foreign key of a relationship of " + m.type().getSimpleName()
                    + ", which its loading and flushing read; it cannot be deferred");
        }
    }

    private static List<ColumnProperty> relationshipKeys(Mapper m) {
        List<ColumnProperty> out = new ArrayList<>();
        for (RelationshipProperty r : m.relationships()) {
            if (r.direction() == RelationshipProperty.Direction.MANY_TO_MANY) {
                for (RelationshipProperty.SecondaryPair sp : r.localPairs()) {
                    out.add(sp.property());
                }
            } else {
                for (RelationshipProperty.Pair pair : r.pairs()) {
                    out.add(r.direction() == RelationshipProperty.Direction.MANY_TO_ONE ? pair.child() : pair.parent());
                }
            }
        }
        return out;
    }

    /** This load with {@code fields} deferred ({@link #RAISE} on access with {@code raise}). */
    public ColumnLoad defer(Collection<String> fields, boolean raise, String what) {
        Object[] m = markers.clone();
        for (String f : fields) {
            ColumnProperty p = mapper.property(f);
            checkDeferrable(mapper, p, what);
            checkNotRelationshipKey(mapper, p, what);
            m[p.index()] = raise ? RAISE : NOT_LOADED;
        }
        return new ColumnLoad(mapper, m);
    }

    /** This load with {@code fields} loaded. */
    public ColumnLoad undefer(Collection<String> fields) {
        Object[] m = markers.clone();
        for (String f : fields) {
            m[mapper.property(f).index()] = null;
        }
        return new ColumnLoad(mapper, m);
    }

    /**
     * A load of {@code fields} only, with the primary key, the version and the relationships' foreign keys (every other
     * column deferred).
     */
    public ColumnLoad only(Collection<String> fields, String what) {
        check(mapper, what);
        Object[] m = new Object[markers.length];
        List<Integer> keep = new ArrayList<>();
        for (String f : fields) {
            keep.add(mapper.property(f).index());
        }
        for (ColumnProperty p : relationshipKeys(mapper)) {
            keep.add(p.index());   // as the primary key: what the relationships need stays loaded
        }
        for (ColumnProperty p : mapper.properties()) {
            if (!keep.contains(p.index()) && !p.column().isPrimaryKey() && p != mapper.version()) {
                m[p.index()] = NOT_LOADED;
            }
        }
        return new ColumnLoad(mapper, m);
    }

    /** The mapper. */
    public Mapper mapper() { return mapper; }

    /** Whether every column is loaded. */
    public boolean loadsAll() { return loaded.length == markers.length; }

    /** The columns a SELECT of this load reads, in property order. */
    public ColumnElement<?>[] columns() { return columns.clone(); }

    /** Number of columns read. */
    public int width() { return columns.length; }

    /** A row's values (selected as {@link #columns()}, at {@code offset}) in property order, markers for the rest. */
    public Object[] valuesOf(Row row, int offset) {
        Object[] out = markers.clone();
        for (int i = 0; i < loaded.length; i++) {
            out[loaded[i]] = row.get(offset + i);
        }
        return out;
    }

    /**
     * {@code fresh} (the field values just written by a flush) with the markers of {@code old} kept where the field
     * still holds its default: a column never loaded stays unloaded (and unwritten) after an UPDATE of other columns.
     */
    public static Object[] keepUnloaded(Mapper m, Object[] old, Object[] fresh) {
        if (old == null) {
            return fresh;
        }
        for (int i = 0; i < old.length; i++) {
            if (isUnloaded(old[i]) && isDefault(m.properties().get(i), fresh[i])) {
                fresh[i] = old[i];
            }
        }
        return fresh;
    }

    /** Puts the markers of {@code st}'s snapshot into {@code values} (fields of {@code obj}) where the field is still empty. */
    public static void markUnloaded(Object obj, InstanceState st, Object[] values) {
        if (st.snapshot == null) {
            return;
        }
        for (ColumnProperty p : st.mapper().properties()) {
            Object mark = st.snapshot[p.index()];
            if (isUnloaded(mark) && isDefault(p, p.get(obj))) {
                values[p.index()] = mark;
            }
        }
    }

    @Override public String toString() {
        List<String> d = new ArrayList<>();
        for (ColumnProperty p : mapper.properties()) {
            if (markers[p.index()] != null) {
                d.add(p.fieldName() + (markers[p.index()] == RAISE ? " (raise)" : ""));
            }
        }
        return "ColumnLoad(" + mapper.type().getSimpleName() + ", deferred " + d + ")";
    }
}
