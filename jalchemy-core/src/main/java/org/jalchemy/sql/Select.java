package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jalchemy.types.Types;

/**
 * {@code SELECT}: built with {@code select(...)} and refined by methods that each return a new Select.
 * <pre>{@code
 * select(users.c("id"), users.c("username")).where(users.c("age").gt(18)).orderBy(users.c("id").desc()).limit(10)
 * }</pre>
 */
public final class Select implements SelectBase {
    // Not final only so that copy-on-write builders can set one field on a fresh copy; never changed after.
    private List<ClauseElement> selected;
    private List<FromClause> froms;
    private List<ColumnElement<Boolean>> where;
    private List<ColumnElement<?>> groupBy;
    private List<ColumnElement<Boolean>> having;
    private List<ColumnElement<?>> orderBy;
    private ColumnElement<Integer> limit;
    private ColumnElement<Integer> offset;
    private boolean distinct;
    private ForUpdate forUpdate;
    /** FROM items never correlated to an enclosing statement (SQLAlchemy's {@code correlate_except}); empty by default. */
    private List<FromClause> correlateExcept;
    /** effectiveFroms(), derived once: the node is immutable, and the cache key of every execution needs it. */
    private List<FromClause> effectiveFromsMemo;
    /** The cache key, computed once: a statement executed again and again (a reused lookup) need not walk its tree. */
    private final StatementMemo memo = new StatementMemo();

    private Select(List<ClauseElement> selected) {
        this.selected = selected;
        this.froms = List.of();
        this.where = List.of();
        this.groupBy = List.of();
        this.having = List.of();
        this.orderBy = List.of();
        this.correlateExcept = List.of();
    }

    private Select with(Consumer<Select> change) {
        Select s = new Select(selected);
        s.froms = froms;
        s.where = where;
        s.groupBy = groupBy;
        s.having = having;
        s.orderBy = orderBy;
        s.limit = limit;
        s.offset = offset;
        s.distinct = distinct;
        s.forUpdate = forUpdate;
        s.correlateExcept = correlateExcept;
        change.accept(s);
        return s;
    }

    @Override public CacheKey cacheKey() {
        return memo.cacheKey(this);
    }

    /** {@code SELECT} of columns, expressions, or whole FROM clauses (a table selects all its columns). */
    public static Select of(ClauseElement... selected) {
        for (ClauseElement e : selected) {
            if (!(e instanceof FromClause) && !(e instanceof ColumnElement<?>)) {
                throw new org.jalchemy.exc.ArgumentError("select() takes columns, expressions or FROM clauses, not "
                        + (e == null ? "null" : e.getClass().getSimpleName()));
            }
        }
        return new Select(List.of(selected));
    }

    private static <T> List<T> plus(List<T> list, T[] more) {
        List<T> l = new ArrayList<>(list.size() + more.length);
        l.addAll(list);
        l.addAll(Arrays.asList(more));
        return Collections.unmodifiableList(l);
    }

    /** Adds FROM clauses explicitly (joins, or tables no selected column mentions). */
    public Select selectFrom(FromClause... from) {
        return with(s -> s.froms = plus(froms, from));
    }

    /**
     * Joins {@code right} to this select's FROM: to the last explicit FROM item, or else to the first table
     * the selected columns use, with the ON clause inferred from the foreign key between them:
     * {@code select(users.c("username"), addresses.c("email")).join(addresses)}.
     */
    public Select join(FromClause right) {
        return joinTo(base -> new Join(base, right, Join.inferOnClause(base, right), false, false));
    }

    /** Joins {@code right} ON {@code on}; see {@link #join(FromClause)}. */
    public Select join(FromClause right, ColumnElement<Boolean> on) {
        return joinTo(base -> new Join(base, right, on, false, false));
    }

    /** LEFT OUTER JOIN {@code right}, ON inferred from the foreign key; see {@link #join(FromClause)}. */
    public Select outerJoin(FromClause right) {
        return joinTo(base -> new Join(base, right, Join.inferOnClause(base, right), true, false));
    }

    /** LEFT OUTER JOIN {@code right} ON {@code on}. */
    public Select outerJoin(FromClause right, ColumnElement<Boolean> on) {
        return joinTo(base -> new Join(base, right, on, true, false));
    }

    private Select joinTo(java.util.function.Function<FromClause, Join> join) {
        List<FromClause> explicit = new ArrayList<>(froms);
        FromClause base;
        if (!explicit.isEmpty()) {
            base = explicit.remove(explicit.size() - 1);
        } else {
            List<FromClause> found = effectiveFroms();
            if (found.isEmpty()) {
                throw new org.jalchemy.exc.ArgumentError("join(): this select has no FROM item to join to; use selectFrom(...)");
            }
            base = found.get(0);
        }
        explicit.add(join.apply(base));
        List<FromClause> newFroms = Collections.unmodifiableList(explicit);
        return with(s -> s.froms = newFroms);
    }

    /**
     * Joins {@code right} to {@code left}: extends the FROM item that already contains {@code left} (a table or a
     * join holding it), or else adds {@code left JOIN right} to the FROM list (SQLAlchemy's {@code join_from}).
     */
    public Select joinFrom(FromClause left, FromClause right, ColumnElement<Boolean> on) {
        return joinFromTo(left, base -> new Join(base, right, on, false, false));
    }

    /** LEFT OUTER JOIN {@code right} to {@code left}; see {@link #joinFrom(FromClause, FromClause, ColumnElement)}. */
    public Select outerJoinFrom(FromClause left, FromClause right, ColumnElement<Boolean> on) {
        return joinFromTo(left, base -> new Join(base, right, on, true, false));
    }

    private Select joinFromTo(FromClause left, java.util.function.Function<FromClause, Join> join) {
        List<FromClause> explicit = new ArrayList<>(froms);
        int at = -1;
        for (int i = explicit.size() - 1; i >= 0 && at < 0; i--) {
            if (explicit.get(i).coveredFroms().contains(left)) {
                at = i;
            }
        }
        if (at >= 0) {
            explicit.set(at, join.apply(explicit.get(at)));
        } else {
            explicit.add(join.apply(left));
        }
        List<FromClause> newFroms = Collections.unmodifiableList(explicit);
        return with(s -> s.froms = newFroms);
    }

    /** This select with more selected columns or expressions after the current ones (SQLAlchemy's {@code add_columns}). */
    public Select addColumns(ClauseElement... more) {
        Select added = Select.of(more);
        List<ClauseElement> all = plus(selected, added.selected.toArray(new ClauseElement[0]));
        return with(x -> x.selected = all);
    }

    /** Adds WHERE conditions; several, and repeated calls, are joined with AND. */
    @SafeVarargs
    public final Select where(ColumnElement<Boolean>... conditions) {
        return with(s -> s.where = plus(where, conditions));
    }

    /** Adds GROUP BY expressions. */
    public Select groupBy(ColumnElement<?>... expressions) {
        return with(s -> s.groupBy = plus(groupBy, expressions));
    }

    /** Adds HAVING conditions, joined with AND. */
    @SafeVarargs
    public final Select having(ColumnElement<Boolean>... conditions) {
        return with(s -> s.having = plus(having, conditions));
    }

    /** Adds ORDER BY expressions ({@code col.desc()} for descending, {@code .nullsFirst()}). */
    public Select orderBy(ColumnElement<?>... expressions) {
        return with(s -> s.orderBy = plus(orderBy, expressions));
    }

    /** LIMIT n, sent as a bound parameter (Oracle: FETCH FIRST n ROWS ONLY). */
    public Select limit(int n) {
        return with(s -> s.limit = BindParameter.of(n, Types.INTEGER));
    }

    /** OFFSET n, sent as a bound parameter (Oracle: OFFSET n ROWS). */
    public Select offset(int n) {
        return with(s -> s.offset = BindParameter.of(n, Types.INTEGER));
    }

    /** SELECT DISTINCT. */
    public Select distinct() {
        return with(s -> s.distinct = true);
    }

    /** {@code FOR UPDATE}: locks the selected rows until the transaction ends (left out on SQLite). */
    public Select forUpdate() {
        return forUpdate(ForUpdate.WAIT);
    }

    /** {@code FOR UPDATE [NOWAIT | SKIP LOCKED]}. */
    public Select forUpdate(ForUpdate mode) {
        return with(s -> s.forUpdate = mode);
    }

    /**
     * Nested in another statement's expression (EXISTS, a scalar subquery), this select keeps {@code froms} in its own
     * FROM clause even when the enclosing statement has them too, correlating only its other FROM items (SQLAlchemy's
     * {@code correlate_except}): an EXISTS over the same table as the enclosing query stays an EXISTS over that table.
     */
    public Select correlateExcept(FromClause... froms) {
        return with(s -> s.correlateExcept = plus(correlateExcept, froms));
    }

    /** The FROM items given to {@link #correlateExcept}. */
    public List<FromClause> correlateExceptions() { return correlateExcept; }

    /** {@code this UNION other...}. */
    public CompoundSelect union(SelectBase... others) { return compound(CompoundSelect.Kind.UNION, others); }

    /** {@code this UNION ALL other...}. */
    public CompoundSelect unionAll(SelectBase... others) { return compound(CompoundSelect.Kind.UNION_ALL, others); }

    /** {@code this INTERSECT other...}. */
    public CompoundSelect intersect(SelectBase... others) { return compound(CompoundSelect.Kind.INTERSECT, others); }

    /** {@code this EXCEPT other...}. */
    public CompoundSelect except_(SelectBase... others) { return compound(CompoundSelect.Kind.EXCEPT, others); }

    private CompoundSelect compound(CompoundSelect.Kind kind, SelectBase[] others) {
        SelectBase[] all = new SelectBase[others.length + 1];
        all[0] = this;
        System.arraycopy(others, 0, all, 1, others.length);
        return CompoundSelect.of(kind, all);
    }

    /** {@code EXISTS (this)}. */
    public Exists exists() {
        return new Exists(this);
    }

    /** What was selected, as given (columns, expressions, FROM clauses). */
    public List<ClauseElement> selected() { return selected; }

    /** The selected columns, FROM clauses expanded to their columns. */
    @Override public List<ColumnElement<?>> selectedColumns() {
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
        List<FromClause> memo = effectiveFromsMemo;
        if (memo == null) {
            memo = Collections.unmodifiableList(computeEffectiveFroms());
            effectiveFromsMemo = memo;
        }
        return memo;
    }

    private List<FromClause> computeEffectiveFroms() {
        Set<FromClause> found = new SmallSet<>(froms);
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
        Set<FromClause> covered = null;
        for (FromClause f : found) {
            for (FromClause c : f.coveredFroms()) {
                if (c != f) {
                    if (covered == null) {
                        covered = new java.util.HashSet<>();
                    }
                    covered.add(c);
                }
            }
        }
        List<FromClause> result = new ArrayList<>(found.size());
        for (FromClause f : found) {
            if (covered == null || !covered.contains(f)) {
                result.add(f);
            }
        }
        return result;
    }

    @Override public Set<org.jalchemy.schema.Table> baseTables() {
        Set<org.jalchemy.schema.Table> out = new LinkedHashSet<>();
        for (FromClause f : effectiveFroms()) {
            out.addAll(f.baseTables());
        }
        return out;
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

    /** The row locking mode, or null. */
    public ForUpdate forUpdateMode() { return forUpdate; }

    @Override public void accept(SqlVisitor visitor) { visitor.visitSelect(this); }

    /** Keys the effective FROM list, so FROM clauses found only through columns (a subquery) are keyed too. */
    @Override public void appendCacheKey(CacheKey key) {
        key.add("select").add(distinct).add(forUpdate).addAll(selected).addAll(effectiveFroms()).addAll(where)
                .addAll(groupBy).addAll(having).addAll(orderBy).add(limit).add(offset);
        if (!correlateExcept.isEmpty()) {
            key.add("correlate_except").addAll(correlateExcept);
        }
    }

    @Override public String toString() { return Statements.render(this); }
}
