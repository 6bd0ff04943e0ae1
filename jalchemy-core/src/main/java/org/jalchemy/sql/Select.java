package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jalchemy.types.Types;

/**
 * {@code SELECT}: built with {@code select(...)} and refined by methods that each return a new Select.
 * <pre>{@code
 * select(users.c("id"), users.c("username")).where(users.c("age").gt(18)).orderBy(users.c("id").desc()).limit(10)
 * }</pre>
 */
public final class Select implements Executable {
    private final List<ClauseElement> selected;
    private final List<FromClause> froms;
    private final List<ColumnElement<Boolean>> where;
    private final List<ColumnElement<?>> groupBy;
    private final List<ColumnElement<Boolean>> having;
    private final List<ColumnElement<?>> orderBy;
    private final ColumnElement<Integer> limit;
    private final ColumnElement<Integer> offset;
    private final boolean distinct;

    private Select(List<ClauseElement> selected, List<FromClause> froms, List<ColumnElement<Boolean>> where,
                   List<ColumnElement<?>> groupBy, List<ColumnElement<Boolean>> having, List<ColumnElement<?>> orderBy,
                   ColumnElement<Integer> limit, ColumnElement<Integer> offset, boolean distinct) {
        this.selected = selected;
        this.froms = froms;
        this.where = where;
        this.groupBy = groupBy;
        this.having = having;
        this.orderBy = orderBy;
        this.limit = limit;
        this.offset = offset;
        this.distinct = distinct;
    }

    /** {@code SELECT} of columns, expressions, or whole FROM clauses (a table selects all its columns). */
    public static Select of(ClauseElement... selected) {
        return new Select(List.of(selected), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, false);
    }

    private static <T> List<T> plus(List<T> list, T[] more) {
        List<T> l = new ArrayList<>(list.size() + more.length);
        l.addAll(list);
        l.addAll(Arrays.asList(more));
        return Collections.unmodifiableList(l);
    }

    /** Adds FROM clauses explicitly (joins, or tables no selected column mentions). */
    public Select selectFrom(FromClause... from) {
        return new Select(selected, plus(froms, from), where, groupBy, having, orderBy, limit, offset, distinct);
    }

    /** Adds WHERE conditions; several, and repeated calls, are joined with AND. */
    @SafeVarargs
    public final Select where(ColumnElement<Boolean>... conditions) {
        return new Select(selected, froms, plus(where, conditions), groupBy, having, orderBy, limit, offset, distinct);
    }

    /** Adds GROUP BY expressions. */
    public Select groupBy(ColumnElement<?>... expressions) {
        return new Select(selected, froms, where, plus(groupBy, expressions), having, orderBy, limit, offset, distinct);
    }

    /** Adds HAVING conditions, joined with AND. */
    @SafeVarargs
    public final Select having(ColumnElement<Boolean>... conditions) {
        return new Select(selected, froms, where, groupBy, plus(having, conditions), orderBy, limit, offset, distinct);
    }

    /** Adds ORDER BY expressions ({@code col.desc()} for descending). */
    public Select orderBy(ColumnElement<?>... expressions) {
        return new Select(selected, froms, where, groupBy, having, plus(orderBy, expressions), limit, offset, distinct);
    }

    /** LIMIT n, sent as a bound parameter. */
    public Select limit(int n) {
        return new Select(selected, froms, where, groupBy, having, orderBy, BindParameter.of(n, Types.INTEGER), offset, distinct);
    }

    /** OFFSET n, sent as a bound parameter. */
    public Select offset(int n) {
        return new Select(selected, froms, where, groupBy, having, orderBy, limit, BindParameter.of(n, Types.INTEGER), distinct);
    }

    /** SELECT DISTINCT. */
    public Select distinct() {
        return new Select(selected, froms, where, groupBy, having, orderBy, limit, offset, true);
    }

    /** What was selected, as given (columns, expressions, FROM clauses). */
    public List<ClauseElement> selected() { return selected; }

    /** The selected columns, FROM clauses expanded to their columns. */
    public List<ColumnElement<?>> selectedColumns() {
        List<ColumnElement<?>> cols = new ArrayList<>();
        for (ClauseElement e : selected) {
            if (e instanceof FromClause f) {
                cols.addAll(f.columns());
            } else {
                cols.add((ColumnElement<?>) e);
            }
        }
        return cols;
    }

    /**
     * The FROM list: the explicit FROM clauses, then the tables the selected columns and WHERE refer to,
     * leaving out any already covered by a join.
     */
    public List<FromClause> effectiveFroms() {
        Set<FromClause> found = new LinkedHashSet<>(froms);
        for (ClauseElement e : selected) {
            if (e instanceof FromClause f) {
                found.add(f);
            } else {
                ((ColumnElement<?>) e).collectFroms(found);
            }
        }
        for (ColumnElement<Boolean> w : where) {
            w.collectFroms(found);
        }
        Set<FromClause> covered = new java.util.HashSet<>();
        for (FromClause f : found) {
            for (FromClause c : f.coveredFroms()) {
                if (c != f) {
                    covered.add(c);
                }
            }
        }
        List<FromClause> result = new ArrayList<>();
        for (FromClause f : found) {
            if (!covered.contains(f)) {
                result.add(f);
            }
        }
        return result;
    }

    /** The WHERE conditions (joined with AND). */
    public List<ColumnElement<Boolean>> whereClauses() { return where; }

    /** The GROUP BY expressions. */
    public List<ColumnElement<?>> groupByClauses() { return groupBy; }

    /** The HAVING conditions. */
    public List<ColumnElement<Boolean>> havingClauses() { return having; }

    /** The ORDER BY expressions. */
    public List<ColumnElement<?>> orderByClauses() { return orderBy; }

    /** The LIMIT parameter, or null. */
    public ColumnElement<Integer> limitClause() { return limit; }

    /** The OFFSET parameter, or null. */
    public ColumnElement<Integer> offsetClause() { return offset; }

    /** Whether DISTINCT was asked for. */
    public boolean isDistinct() { return distinct; }

    @Override public void accept(SqlVisitor visitor) { visitor.visitSelect(this); }

    @Override public void appendCacheKey(CacheKey key) {
        key.add("select").add(distinct).addAll(selected).addAll(froms).addAll(where).addAll(groupBy)
                .addAll(having).addAll(orderBy).add(limit).add(offset);
    }
}
