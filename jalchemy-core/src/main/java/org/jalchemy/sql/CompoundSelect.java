package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.types.Types;

/**
 * {@code SELECT ... UNION [ALL] | INTERSECT | EXCEPT SELECT ...}, with its own ORDER BY / LIMIT / OFFSET:
 * {@code unionAll(select(a), select(b)).orderBy(literalColumn("id"))}. Result columns take the names and
 * types of the first select.
 */
public final class CompoundSelect implements SelectBase {
    /** The set operation. */
    public enum Kind {
        UNION("UNION"), UNION_ALL("UNION ALL"), INTERSECT("INTERSECT"), INTERSECT_ALL("INTERSECT ALL"),
        EXCEPT("EXCEPT"), EXCEPT_ALL("EXCEPT ALL");

        private final String sql;

        Kind(String sql) { this.sql = sql; }

        /** The SQL keyword(s). */
        public String sql() { return sql; }
    }

    private final Kind kind;
    private final List<SelectBase> selects;
    private final List<ColumnElement<?>> orderBy;
    private final ColumnElement<Integer> limit;
    private final ColumnElement<Integer> offset;

    private CompoundSelect(Kind kind, List<SelectBase> selects, List<ColumnElement<?>> orderBy,
                           ColumnElement<Integer> limit, ColumnElement<Integer> offset) {
        this.kind = kind;
        this.selects = selects;
        this.orderBy = orderBy;
        this.limit = limit;
        this.offset = offset;
    }

    /** {@code a kind b kind c ...}; at least two selects with the same number of columns. */
    public static CompoundSelect of(Kind kind, SelectBase... selects) {
        if (selects.length < 2) {
            throw new ArgumentError(kind.sql() + " needs at least two selects, got " + selects.length);
        }
        int n = selects[0].selectedColumns().size();
        for (SelectBase s : selects) {
            if (s.selectedColumns().size() != n) {
                throw new ArgumentError("All selects of a " + kind.sql() + " must have the same number of columns: "
                        + n + " and " + s.selectedColumns().size());
            }
        }
        return new CompoundSelect(kind, List.of(selects), List.of(), null, null);
    }

    /** Adds ORDER BY expressions (name result columns, e.g. {@code literalColumn("id")}). */
    public CompoundSelect orderBy(ColumnElement<?>... expressions) {
        List<ColumnElement<?>> o = new ArrayList<>(orderBy);
        o.addAll(Arrays.asList(expressions));
        return new CompoundSelect(kind, selects, List.copyOf(o), limit, offset);
    }

    /** LIMIT n. */
    public CompoundSelect limit(int n) {
        return new CompoundSelect(kind, selects, orderBy, BindParameter.of(n, Types.INTEGER), offset);
    }

    /** OFFSET n. */
    public CompoundSelect offset(int n) {
        return new CompoundSelect(kind, selects, orderBy, limit, BindParameter.of(n, Types.INTEGER));
    }

    /** The set operation. */
    public Kind kind() { return kind; }

    /** The member selects, in order. */
    public List<SelectBase> selects() { return selects; }

    /** ORDER BY of the whole compound. */
    public List<ColumnElement<?>> orderByClauses() { return orderBy; }

    /** The LIMIT parameter, or null. */
    public ColumnElement<Integer> limitClause() { return limit; }

    /** The OFFSET parameter, or null. */
    public ColumnElement<Integer> offsetClause() { return offset; }

    @Override public java.util.Set<org.jalchemy.schema.Table> baseTables() {
        java.util.Set<org.jalchemy.schema.Table> out = new java.util.LinkedHashSet<>();
        for (SelectBase s : selects) {
            out.addAll(s.baseTables());
        }
        return out;
    }

    @Override public List<ColumnElement<?>> selectedColumns() { return selects.get(0).selectedColumns(); }

    @Override public void accept(SqlVisitor visitor) { visitor.visitCompoundSelect(this); }

    @Override public void appendCacheKey(CacheKey key) {
        key.add("compound").add(kind).addAll(selects).addAll(orderBy).add(limit).add(offset);
    }

    @Override public String toString() { return Statements.render(this); }
}
