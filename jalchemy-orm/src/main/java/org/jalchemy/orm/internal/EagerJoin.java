package org.jalchemy.orm.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.Lazy;
import org.jalchemy.orm.LoaderOption;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.FromClause;
import org.jalchemy.sql.Select;

/**
 * One relationship whose rows come in its owners' statement: joined into it by a LEFT OUTER JOIN (joinedload), or
 * read from a join the query already makes (containsEager); with the relationships joined below it. A plan is
 * built per statement: {@link #plan}, then {@link #addTo} (columns and joins), then {@link Hydration} per row.
 */
final class EagerJoin {
    final RelationshipProperty property;
    /** The target's table, the alias the query joins it as (containsEager), or an anonymous alias of it. */
    final FromClause target;
    /** The association table of a many-to-many (or an anonymous alias of it), else null. */
    final FromClause secondary;
    /** True for containsEager: the query already joins {@link #target}. */
    final boolean fromQuery;
    final List<EagerJoin> children;
    /** Where the target's columns start in the statement's rows (set by {@link #addTo}). */
    private int offset = -1;
    /**
     * For containsEager under a LIMIT: the subquery the limited query became, which selects the target's columns
     * under the labels of {@link #label}; null otherwise.
     */
    private FromClause wrapped;

    private EagerJoin(RelationshipProperty property, FromClause target, FromClause secondary, boolean fromQuery,
                      List<EagerJoin> children) {
        this.property = property;
        this.target = target;
        this.secondary = secondary;
        this.fromQuery = fromQuery;
        this.children = children;
    }

    // ---- planning

    /**
     * The relationships of {@code m} to load by joins, from {@code paths} (and each relationship's own
     * {@code lazy = JOINED}), with their chained joins. {@code query} is the statement containsEager steps read
     * from (null where they cannot apply); {@code used} holds the tables already in the statement, which are not
     * joined a second time (such relationships load select-in instead).
     */
    static List<EagerJoin> plan(Mapper m, List<List<LoaderOption.Step>> paths, Set<Object> used, Select query) {
        return plan(m, paths, used, query, true);
    }

    /**
     * As above; with {@code joins = false} only the containsEager steps (the query's own joins) are planned, no
     * LEFT OUTER JOIN is added (a statement of several items, whose rows joins must not multiply).
     */
    static List<EagerJoin> plan(Mapper m, List<List<LoaderOption.Step>> paths, Set<Object> used, Select query, boolean joins) {
        List<EagerJoin> out = new ArrayList<>();
        for (RelationshipProperty r : m.relationships()) {
            LoaderOption.Step step = Loaders.firstStep(r, paths);
            List<List<LoaderOption.Step>> sub = Loaders.subPaths(r, paths);
            if (step != null && step.containsEager()) {
                if (query == null) {
                    throw new InvalidRequestError(step + ": containsEager reads the rows of a join of the query's own "
                            + "entity; here it does not follow containsEager steps from a select of one entity");
                }
                FromClause t = step.alias() != null ? step.alias().from() : r.target().table();
                if (t == m.table() || !joins(query, t)) {
                    throw new InvalidRequestError(step + ": the query does not join " + describe(t) + "; add .join("
                            + r.owner().type().getSimpleName() + "_." + r.fieldName() + ") (or join the alias; a self-referential "
                            + "relationship needs an alias) before containsEager");
                }
                used.add(t);
                out.add(new EagerJoin(r, t, null, true, plan(r.target(), sub, used, query, joins)));
            } else if (joins && (step != null ? step.strategy() : r.lazy()) == Lazy.JOINED
                    && !r.target().isUnion()) {     // a target loaded through a UNION ALL loads select-in instead
                boolean taken = used.contains(r.target().table()) || r.secondary() != null && used.contains(r.secondary());
                if (!taken) {
                    used.add(r.target().table());
                    if (r.secondary() != null) {
                        used.add(r.secondary());
                    }
                    // a joined-table target: its root's table (holding the key), its other tables joined after it
                    out.add(new EagerJoin(r, r.target().tables().get(0), r.secondary(), false, plan(r.target(), sub, used, null)));
                } else if (step != null && r.target().tables().size() == 1) {
                    // an explicit joinedload to a table the statement has already (self-referential, or joined by the
                    // query): joined again under an anonymous alias. A lazy = JOINED relationship is not, so a
                    // self-referential one stops at the first level instead of joining forever (SQLAlchemy's join_depth).
                    FromClause target = anonymousAlias(r.target().table(), used);
                    FromClause secondary = r.secondary() == null ? null
                            : used.contains(r.secondary()) ? anonymousAlias(r.secondary(), used) : r.secondary();
                    used.add(r.target().table());
                    if (r.secondary() != null) {
                        used.add(r.secondary());
                    }
                    out.add(new EagerJoin(r, target, secondary, false, plan(r.target(), sub, used, null)));
                }
            }
        }
        return out;
    }

    /** {@code t AS t_1} (the first of {@code t_1}, {@code t_2}, ... this statement does not use yet). */
    private static FromClause anonymousAlias(Table t, Set<Object> used) {
        int n = 1;
        while (used.contains(new AliasName(t.name() + "_" + n))) {
            n++;
        }
        used.add(new AliasName(t.name() + "_" + n));
        return t.alias(t.name() + "_" + n);
    }

    /** Marks the names of the query's own FROM items (aliases such as {@code aliased(Node.class)}'s) as taken. */
    static void reserveNames(Select query, Set<Object> used) {
        for (FromClause f : query.effectiveFroms()) {
            for (FromClause c : f.coveredFroms()) {
                if (c instanceof org.jalchemy.sql.NamedFromClause n) {
                    used.add(new AliasName(n.name()));
                }
            }
        }
    }

    /** An anonymous alias name taken in a statement (kept in the plan's {@code used} set beside the tables). */
    private record AliasName(String name) {
    }

    /** Whether {@code t} is in the query's FROM list: joined, or a FROM item of its own (an implicit join in WHERE). */
    private static boolean joins(Select query, FromClause t) {
        for (FromClause f : query.effectiveFroms()) {
            if (f.coveredFroms().contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(FromClause t) {
        return t instanceof Table table ? "table '" + table.name() + "'" : "alias " + t;
    }

    /** The relationships of {@code nodes}, each with the joins below it (the {@code done} map of the loaders). */
    static Map<RelationshipProperty, List<EagerJoin>> byProperty(List<EagerJoin> nodes) {
        Map<RelationshipProperty, List<EagerJoin>> out = new LinkedHashMap<>();
        for (EagerJoin n : nodes) {
            out.put(n.property, n.children);
        }
        return out;
    }

    // ---- SQL

    /**
     * {@code s} with the columns of {@code nodes} (and their children) added, and joins for the ones not in the
     * query yet, attached to {@code ownerFrom} (where the owner's columns are read); their ORDER BY items go to
     * {@code order}.
     */
    static Select addTo(Select s, List<EagerJoin> nodes, FromClause ownerFrom, boolean ownerOuter, List<ColumnElement<?>> order) {
        return addTo(s, nodes, ownerFrom, c -> column(ownerFrom, c), ownerOuter, order);
    }

    private static Select addTo(Select s, List<EagerJoin> nodes, FromClause ownerFrom,
                                Function<Column<?>, ColumnElement<Object>> ownerColumn, boolean ownerOuter,
                                List<ColumnElement<?>> order) {
        for (EagerJoin n : nodes) {
            s = n.addTo(s, ownerFrom, ownerColumn, ownerOuter, order);
        }
        return s;
    }

    // ---- containsEager under LIMIT: the limited query (with the containsEager columns) becomes a subquery

    /** Whether a LEFT OUTER JOIN is added anywhere in {@code nodes} (a joinedload, not only containsEager). */
    static boolean anyJoin(List<EagerJoin> nodes) {
        for (EagerJoin n : nodes) {
            if (!n.fromQuery || anyJoin(n.children)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code q} selecting, besides its own columns, the target columns of the containsEager nodes in {@code nodes},
     * each labeled {@code <table or alias>_<column>} so they keep distinct names once {@code q} is a subquery.
     */
    static Select withContainsEagerColumns(Select q, List<EagerJoin> nodes) {
        for (EagerJoin n : nodes) {
            if (n.fromQuery) {
                List<ClauseElement> cols = new ArrayList<>();
                for (ColumnElement<?> c : n.property.target().columns()) {
                    cols.add(column(n.target, (Column<?>) c).label(n.label((Column<?>) c)));
                }
                q = withContainsEagerColumns(q.addColumns(cols.toArray(new ClauseElement[0])), n.children);
            }
        }
        return q;
    }

    /** Makes the containsEager nodes read their columns from {@code sq} (the subquery of {@link #withContainsEagerColumns}). */
    static void readFrom(List<EagerJoin> nodes, FromClause sq) {
        for (EagerJoin n : nodes) {
            if (n.fromQuery) {
                n.wrapped = sq;
                readFrom(n.children, sq);
            }
        }
    }

    private String label(Column<?> c) {
        String prefix = target instanceof Table t ? t.name() : target instanceof org.jalchemy.sql.NamedFromClause f ? f.name() : "t";
        return prefix + "_" + c.name();
    }

    /** The target's column {@code c} as the statement reads it. */
    private ColumnElement<Object> read(Column<?> c) {
        return wrapped != null ? wrapped.c(label(c)) : column(target, c);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Select addTo(Select s, FromClause ownerFrom, Function<Column<?>, ColumnElement<Object>> ownerColumn,
                         boolean ownerOuter, List<ColumnElement<?>> order) {
        List<ClauseElement> cols = new ArrayList<>();
        for (ColumnElement<?> c : property.target().columns()) {
            cols.add(read((Column<?>) c));
        }
        // a query selecting the target entity itself (select(User.class, Address.class)) has its columns already
        int at = fromQuery ? Collections.indexOfSubList(s.selectedColumns(), cols) : -1;
        if (at >= 0) {
            offset = at;
        } else {
            offset = s.selectedColumns().size();
            s = s.addColumns(cols.toArray(new ClauseElement[0]));
        }
        boolean outer = true;
        if (!fromQuery) {
            outer = ownerOuter || !(property.innerJoin() && property.direction() == RelationshipProperty.Direction.MANY_TO_ONE);
            if (property.direction() == RelationshipProperty.Direction.MANY_TO_MANY) {
                List<ColumnElement<Boolean>> local = new ArrayList<>();
                for (RelationshipProperty.SecondaryPair sp : property.localPairs()) {
                    local.add(column(secondary, sp.column()).eq(ownerColumn.apply(sp.property().column())));
                }
                List<ColumnElement<Boolean>> remote = new ArrayList<>();
                for (RelationshipProperty.SecondaryPair sp : property.targetPairs()) {
                    remote.add(column(secondary, sp.column()).eq(column(target, sp.property().column())));
                }
                s = s.outerJoinFrom(ownerFrom, secondary, and(local)).outerJoinFrom(secondary, target, and(remote));
                s = joinRest(s, true);
            } else {
                boolean ownerIsParent = property.direction() == RelationshipProperty.Direction.ONE_TO_MANY;
                List<ColumnElement<Boolean>> on = new ArrayList<>();
                for (RelationshipProperty.Pair p : property.pairs()) {
                    ColumnElement<Object> ownerCol = ownerColumn.apply((ownerIsParent ? p.parent() : p.child()).column());
                    ColumnElement<Object> targetCol = column(target, (ownerIsParent ? p.child() : p.parent()).column());
                    on.add(targetCol.eq(ownerCol));
                }
                s = outer ? s.outerJoinFrom(ownerFrom, target, and(on)) : s.joinFrom(ownerFrom, target, and(on));
                s = joinRest(s, outer);
            }
            for (RelationshipProperty.Order o : property.orderBy()) {
                ColumnElement<Object> c = column(target, o.property().column());
                order.add(o.descending() ? c.desc() : c);
            }
        }
        return addTo(s, children, wrapped != null ? wrapped : target, this::read, outer, order);
    }

    /** The target's other tables of a joined-table hierarchy (an aliased target has one table: nothing to join). */
    private Select joinRest(Select s, boolean outer) {
        return target instanceof Table t ? property.target().joinRest(s, t, outer) : s;
    }

    /** The column {@code c} (of a mapped table) as {@code from} exposes it: itself, or an alias' or subquery's column. */
    @SuppressWarnings("unchecked")
    static ColumnElement<Object> column(FromClause from, Column<?> c) {
        // a table's own column, or one of another table of its joined-table hierarchy (joined after it)
        if (from == c.table() || from instanceof Table && !((Table) from).columns().contains(c)) {
            return (ColumnElement<Object>) c;
        }
        ColumnElement<?> found = from.correspondingColumn(c);
        return found != null ? (ColumnElement<Object>) found : from.c(c.name());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ColumnElement<Boolean> and(List<ColumnElement<Boolean>> parts) {
        return parts.size() == 1 ? parts.get(0) : org.jalchemy.Sql.and(parts.toArray(new ColumnElement[0]));
    }

    // ---- rows

    /** Collects, row by row, the related objects each owner gets, each once; then puts them in the owners' fields. */
    static final class Hydration {
        private final SessionAccess access;
        private final Map<EagerJoin, Map<Object, List<Object>>> found = new IdentityHashMap<>();
        /** Lists up to this long are scanned for an object already read; longer ones get an identity set. */
        private static final int SCAN_LIMIT = 16;
        /**
         * Per join and owner with a long list, the objects already read (identity), so each counts once however
         * many rows repeat it.
         */
        private final Map<EagerJoin, Map<Object, Set<Object>>> seen = new IdentityHashMap<>();
        private final Map<EagerJoin, List<Object>> ownersInOrder = new IdentityHashMap<>();

        Hydration(SessionAccess access) {
            this.access = access;
        }

        /** Reads the objects of {@code nodes} for {@code owner} from {@code row}, and below them. */
        void read(Object owner, List<EagerJoin> nodes, Row row) {
            for (EagerJoin n : nodes) {
                Map<Object, List<Object>> perOwner = found.computeIfAbsent(n, k -> new IdentityHashMap<>());
                List<Object> items = perOwner.get(owner);
                if (items == null) {
                    items = new ArrayList<>();
                    perOwner.put(owner, items);
                    ownersInOrder.computeIfAbsent(n, k -> new ArrayList<>()).add(owner);
                }
                Mapper t = n.property.target();
                if (t.rowHasNullKey(row, n.offset)) {
                    continue;                            // the outer join found no row
                }
                Object child = access.load(t, row, n.offset);
                if (isNew(n, owner, items, child)) {
                    items.add(child);
                }
                read(child, n.children, row);
            }
        }

        /**
         * Whether {@code child} is not among {@code items} yet. A short list is scanned (from the end: joins below
         * repeat an object in adjacent rows); an identity set per owner is built only once its list grows long, so
         * the usual owner with a few related objects costs no set.
         */
        private boolean isNew(EagerJoin n, Object owner, List<Object> items, Object child) {
            int size = items.size();
            if (size < SCAN_LIMIT) {
                for (int i = size - 1; i >= 0; i--) {
                    if (items.get(i) == child) {
                        return false;
                    }
                }
                return true;
            }
            Map<Object, Set<Object>> perOwner = seen.computeIfAbsent(n, k -> new IdentityHashMap<>());
            Set<Object> set = perOwner.get(owner);
            if (set == null) {
                set = Collections.newSetFromMap(new IdentityHashMap<>());
                set.addAll(items);
                perOwner.put(owner, set);
            }
            return set.add(child);
        }

        /** Puts what was read into every owner's field (an empty collection for an owner with no related row). */
        void fill() {
            for (Map.Entry<EagerJoin, List<Object>> e : ownersInOrder.entrySet()) {
                EagerJoin n = e.getKey();
                for (Object owner : e.getValue()) {
                    Loaders.fill(owner, n.property, found.get(n).get(owner));
                }
            }
        }
    }
}
