package org.jalchemy.sql.compiler;

import java.util.IdentityHashMap;
import java.util.List;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Label;
import org.jalchemy.sql.Select;
import org.jalchemy.sql.UnaryExpression;

/**
 * The expressions a grouped (or DISTINCT) SELECT names again in GROUP BY or ORDER BY that are items of its own
 * columns clause holding bound values, with their 1-based positions there. Such an expression cannot be written out
 * twice: each copy gets its own {@code ?}, and PostgreSQL (or Oracle) then sees two different expressions
 * ("must appear in the GROUP BY clause"). The compiler writes the position instead ({@code GROUP BY 1}), so the
 * grouped item and the selected one are the same expression whatever the values; see docs/sql.md.
 * Expressions are matched by identity: the same object (or its label) selected and grouped by.
 */
final class SelectListReferences {
    private SelectListReferences() {
    }

    /** The referenced items with their positions, or null when there are none (the common case: no work later). */
    static IdentityHashMap<ClauseElement, Integer> of(Select select) {
        if (select.groupByClauses().isEmpty() && !select.isDistinct()) {
            return null;
        }
        List<ColumnElement<?>> cols = select.selectedColumns();
        IdentityHashMap<ClauseElement, Integer> positions = new IdentityHashMap<>();
        for (int i = 0; i < cols.size(); i++) {
            ColumnElement<?> c = cols.get(i);
            positions.putIfAbsent(c, i + 1);
            if (c instanceof Label<?> l) {
                positions.putIfAbsent(l.element(), i + 1);
            }
        }
        IdentityHashMap<ClauseElement, Integer> refs = null;
        for (ColumnElement<?> g : select.groupByClauses()) {
            refs = mark(g, positions, refs);
        }
        for (ColumnElement<?> o : select.orderByClauses()) {
            // ORDER BY x DESC [NULLS LAST]: the item is under the postfix operators
            ColumnElement<?> e = o;
            while (e instanceof UnaryExpression<?> u && u.postfix()) {
                e = u.element();
            }
            refs = mark(e, positions, refs);
        }
        return refs;
    }

    private static IdentityHashMap<ClauseElement, Integer> mark(ColumnElement<?> e, IdentityHashMap<ClauseElement, Integer> positions,
                                                              IdentityHashMap<ClauseElement, Integer> refs) {
        Integer p = positions.get(e);
        if (p == null || CacheKey.of(e).binds().isEmpty()) {
            return refs;
        }
        IdentityHashMap<ClauseElement, Integer> out = refs == null ? new IdentityHashMap<>() : refs;
        out.put(e, p);
        return out;
    }
}
