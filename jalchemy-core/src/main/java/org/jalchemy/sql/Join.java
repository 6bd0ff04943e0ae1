package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.ForeignKeyConstraint;
import org.jalchemy.schema.Table;

/** {@code left [LEFT OUTER | FULL OUTER] JOIN right ON on}. */
public record Join(FromClause left, FromClause right, ColumnElement<Boolean> on, boolean outer, boolean full)
        implements FromClause {

    @Override public List<? extends ColumnElement<?>> columns() {
        List<ColumnElement<?>> all = new ArrayList<>(left.columns());
        all.addAll(right.columns());
        return all;
    }

    @Override public ColumnElement<Object> c(String name) {
        throw new ArgumentError("Look up columns of a join on its sides, not on the join (asked for '" + name + "')");
    }

    @Override public Set<FromClause> coveredFroms() {
        Set<FromClause> s = new HashSet<>(left.coveredFroms());
        s.addAll(right.coveredFroms());
        s.add(this);
        return s;
    }

    @Override public void accept(SqlVisitor visitor) { visitor.visitJoin(this); }

    @Override public void appendCacheKey(CacheKey key) {
        key.add("join").add(outer).add(full).add(left).add(right).add(on);
    }

    @Override public Set<Table> baseTables() {
        Set<Table> s = new java.util.LinkedHashSet<>(left.baseTables());
        s.addAll(right.baseTables());
        return s;
    }

    /**
     * The ON clause from the one foreign key between a FROM item of {@code left} and {@code right} (tables,
     * aliases, subqueries and CTEs that expose the key's columns). Keys where {@code right} holds the
     * referencing columns are preferred (so {@code nodes.join(nodes.alias("child"))} joins the children); none
     * or several is an {@link ArgumentError} naming both sides.
     */
    public static ColumnElement<Boolean> inferOnClause(FromClause left, FromClause right) {
        List<ColumnElement<Boolean>> found = new ArrayList<>();
        for (FromClause l : left.coveredFroms()) {
            if (!(l instanceof Join)) {
                addConditions(right, l, found);
            }
        }
        if (found.isEmpty()) {
            for (FromClause l : left.coveredFroms()) {
                if (!(l instanceof Join)) {
                    addConditions(l, right, found);
                }
            }
        }
        if (found.size() != 1) {
            throw new ArgumentError((found.isEmpty() ? "Found no foreign key" : "Found " + found.size() + " foreign keys")
                    + " between " + describe(left) + " and " + describe(right)
                    + "; give the ON clause explicitly: join(right, condition)");
        }
        return found.get(0);
    }

    /** Adds a condition per foreign key of a table under {@code child} that refers to a table under {@code parent}. */
    private static void addConditions(FromClause child, FromClause parent, List<ColumnElement<Boolean>> out) {
        for (Table ct : child.baseTables()) {
            for (ForeignKeyConstraint fk : ct.foreignKeys()) {
                if (!parent.baseTables().contains(fk.referredTable())) {
                    continue;
                }
                List<ColumnElement<Boolean>> parts = new ArrayList<>();
                List<Column<?>> cols = fk.columns();
                List<Column<?>> refs = fk.referredColumns();
                for (int i = 0; i < cols.size(); i++) {
                    ColumnElement<?> c = child.correspondingColumn(cols.get(i));
                    ColumnElement<?> r = parent.correspondingColumn(refs.get(i));
                    if (c == null || r == null) {
                        parts = null;
                        break;
                    }
                    parts.add(r.eq(c));
                }
                if (parts != null) {
                    out.add(parts.size() == 1 ? parts.get(0) : new BooleanClauseList(Operator.AND, parts));
                }
            }
        }
    }

    private static String describe(FromClause f) {
        if (f instanceof Table t) {
            return "table '" + t.name() + "'";
        }
        return f instanceof NamedFromClause n ? f.getClass().getSimpleName() + " '" + n.name() + "'"
                : f.getClass().getSimpleName() + " of " + f.baseTables();
    }
}
