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

    /**
     * The ON clause from the one foreign key between a table of {@code left} and the table {@code right}
     * (either direction). None or several is an {@link ArgumentError} naming the tables.
     */
    public static ColumnElement<Boolean> inferOnClause(FromClause left, FromClause right) {
        List<ColumnElement<Boolean>> found = new ArrayList<>();
        for (FromClause l : left.coveredFroms()) {
            if (l instanceof Table lt && right instanceof Table rt) {
                addConditions(rt, lt, found);
                if (lt != rt) {
                    addConditions(lt, rt, found);
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

    private static void addConditions(Table child, Table parent, List<ColumnElement<Boolean>> out) {
        for (ForeignKeyConstraint fk : child.foreignKeys()) {
            if (fk.referredTable() == parent) {
                List<ColumnElement<Boolean>> parts = new ArrayList<>();
                List<Column<?>> cols = fk.columns();
                List<Column<?>> refs = fk.referredColumns();
                for (int i = 0; i < cols.size(); i++) {
                    parts.add(cols.get(i).eq(refs.get(i)));
                }
                out.add(parts.size() == 1 ? parts.get(0) : new BooleanClauseList(Operator.AND, parts));
            }
        }
    }

    private static String describe(FromClause f) {
        return f instanceof Table t ? "table '" + t.name() + "'" : f.getClass().getSimpleName();
    }
}
