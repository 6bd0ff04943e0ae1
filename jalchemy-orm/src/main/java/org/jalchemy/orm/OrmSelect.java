package org.jalchemy.orm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jalchemy.engine.Row;
import org.jalchemy.engine.RowMetadata;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.orm.exc.UnmappedClassError;
import org.jalchemy.orm.internal.ColumnProperty;
import org.jalchemy.orm.internal.IdentityKey;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.CompoundSelect;
import org.jalchemy.sql.Cte;
import org.jalchemy.sql.FromClause;
import org.jalchemy.sql.NamedFromClause;
import org.jalchemy.sql.ScalarSubquery;
import org.jalchemy.sql.Select;
import org.jalchemy.sql.SelectBase;
import org.jalchemy.sql.SqlVisitor;
import org.jalchemy.sql.Subquery;

/**
 * A SELECT of entities and/or columns ("2.0 style"), built with {@code OrmSql.select(User.class)} and run by
 * {@code session.scalars(...)} (the first item of each row, e.g. {@code List<User>}) or {@code session.execute(...)}
 * (rows holding entities and column values). Immutable: each method returns a new select. It is also a Core
 * {@link SelectBase}, compiling to the SELECT of every entity's columns, so it can be a subquery, an EXISTS or an
 * IN operand in Core statements.
 * <pre>{@code
 * List<User> us = session.scalars(select(User.class).where(User_.username.startsWith("a"))).all();
 * }</pre>
 * Relationship joins and loader options are extension points: {@link #join(FromClause, ColumnElement)} accepts any
 * Core FROM clause and ON condition.
 *
 * @param <T> the type of the first item of each row ({@code User} for {@code select(User.class)})
 */
public final class OrmSelect<T> implements SelectBase, Resolution.Resolvable {
    private final Resolution resolution;
    /**
     * Unbound (made by {@code OrmSql.select} before any Registry is known): the items as given, and the builder calls
     * to replay on the bound select; both null when bound.
     */
    private final Object[] given;
    private final List<UnaryOperator<OrmSelect<?>>> recipe;
    /** The bound form of an unbound select for the last resolution asked (a select run in a loop binds once). */
    private volatile Bound bound;

    private record Bound(Resolution resolution, OrmSelect<?> select) {}
    private final List<QueryItem> items;
    private final List<UnaryOperator<Select>> steps;
    private final QueryItem.EntityItem target;
    private final boolean populateExisting;
    private final List<LoaderOption> options;
    private final Select select;
    private final int[] widths;

    private OrmSelect(Resolution resolution, List<QueryItem> items, List<UnaryOperator<Select>> steps,
                      QueryItem.EntityItem target, boolean populateExisting, List<LoaderOption> options) {
        this.resolution = resolution;
        this.given = null;
        this.recipe = null;
        this.options = List.copyOf(options);
        this.items = List.copyOf(ColumnOptions.apply(items, this.options));
        this.steps = List.copyOf(steps);
        this.target = target;
        this.populateExisting = populateExisting;
        this.select = build(false);
        this.widths = new int[this.items.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = this.items.get(i).columns().size();
        }
    }

    private OrmSelect(Object[] given, List<UnaryOperator<OrmSelect<?>>> recipe) {
        this.resolution = null;
        this.given = given;
        this.recipe = List.copyOf(recipe);
        this.options = List.of();
        this.items = List.of();
        this.steps = List.of();
        this.target = null;
        this.populateExisting = false;
        this.select = null;
        this.widths = new int[0];
    }

    /** A select of {@code items} bound when it runs, to the mappers of the Registry running it. */
    static <T> OrmSelect<T> unbound(Object... items) {
        if (items.length == 0) {
            throw new ArgumentError("select() needs at least one entity class, alias or column");
        }
        for (Object o : items) {
            if (o instanceof Class<?> c && !Tracked.isEntity(c)) {
                throw new UnmappedClassError("Class " + c.getName() + " is not mapped: it is no @Entity; annotate it and "
                        + "call registry.map(" + c.getSimpleName() + ".class)");
            }
            if (!(o instanceof Class<?> || o instanceof Alias<?> || o instanceof ColumnElement<?>)) {
                throw new ArgumentError("select() takes entity classes, aliased(...) entities and column expressions, not "
                        + (o == null ? "null" : o.getClass().getName() + " " + o));
            }
        }
        return new OrmSelect<>(items.clone(), List.of());
    }

    /** Whether this select waits to be bound to a Registry's mappers (made by {@code OrmSql.select}). */
    boolean isUnbound() { return given != null; }

    /**
     * This select bound to {@code resolution}'s mappers: the items resolved and the builder calls replayed, once per
     * resolution (kept for the last one asked); a bound select is returned as it is.
     */
    @SuppressWarnings("unchecked")
    OrmSelect<T> bind(Resolution resolution) {
        if (given == null) {
            return this;
        }
        Bound b = bound;
        if (b != null && b.resolution() == resolution) {
            return (OrmSelect<T>) b.select();
        }
        OrmSelect<?> s = of(resolution, given);
        for (UnaryOperator<OrmSelect<?>> step : recipe) {
            s = step.apply(s);
        }
        bound = new Bound(resolution, s);
        return (OrmSelect<T>) s;
    }

    /** An unbound select with one more builder call to replay. */
    @SuppressWarnings("unchecked")
    private OrmSelect<T> defer(java.util.function.Function<OrmSelect<T>, OrmSelect<?>> call) {
        List<UnaryOperator<OrmSelect<?>>> more = new ArrayList<>(recipe);
        more.add(s -> call.apply((OrmSelect<T>) s));
        return new OrmSelect<>(given, more);
    }

    /**
     * Refuses a Core view of an unbound select: its columns and tables are those of the Registry that runs it.
     *
     * @throws org.jalchemy.exc.InvalidRequestError saying how to bind it
     */
    private void requireBound(String what) {
        if (given != null) {
            throw new org.jalchemy.exc.InvalidRequestError(what + "() of " + describe() + " needs its tables, which are "
                    + "those of the Registry that runs it; bind it first: registry.bind(select(...))." + what + "(...)");
        }
    }

    private String describe() {
        StringBuilder b = new StringBuilder("select(");
        for (int i = 0; i < given.length; i++) {
            b.append(i > 0 ? ", " : "").append(given[i] instanceof Class<?> c ? c.getSimpleName() + ".class" : given[i]);
        }
        return b.append(")").toString();
    }

    @Override public ClauseElement resolveIn(Resolution r) {
        return given == null ? select : bind(r).select;
    }

    /**
     * A select of {@code items}: entity classes, {@link Alias}es, and Core column expressions (metamodel attributes,
     * functions, ...), each resolved to its mapper with {@code mappers}.
     */
    static <T> OrmSelect<T> of(Resolution mappers, Object... items) {
        if (items.length == 0) {
            throw new ArgumentError("select() needs at least one entity class, alias or column");
        }
        List<QueryItem> list = new ArrayList<>();
        QueryItem.EntityItem first = null;
        for (Object o : items) {
            QueryItem item = item(mappers, o);
            if (first == null && item instanceof QueryItem.EntityItem e) {
                first = e;
            }
            list.add(item);
        }
        return new OrmSelect<>(mappers, list, List.of(), first, false, List.of());
    }

    private static QueryItem item(Resolution mappers, Object o) {
        if (o instanceof Class<?> c) {
            return new QueryItem.EntityItem(mappers.mapper(c), null, c);
        }
        if (o instanceof Alias<?> given) {
            Alias<?> a = given.bind(mappers);
            return new QueryItem.EntityItem(a.mapper(), a.from(), given);
        }
        if (o instanceof ColumnAttribute<?, ?> attr) {
            // a metamodel attribute selects its table column itself, so subqueries of it expose that column
            // (foreign keys are then found through them, as for Core columns)
            return new QueryItem.ColumnItem(attr, mappers.mapper(attr.entity()).property(attr.fieldName()).column());
        }
        if (o instanceof ColumnElement<?> e) {
            return new QueryItem.ColumnItem(e, e);
        }
        throw new ArgumentError("select() takes entity classes, aliased(...) entities and column expressions, not "
                + (o == null ? "null" : o.getClass().getName() + " " + o));
    }

    private Select build(boolean uniqueNames) {
        List<ColumnElement<?>> cols = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (QueryItem i : items) {
            for (ColumnElement<?> c : i.columns()) {
                String n = c.columnName();
                // a subquery may not expose two columns of one name (MySQL/MariaDB refuse it)
                cols.add(uniqueNames && n != null && !names.add(n) ? c.label(n + "_" + cols.size()) : c);
            }
        }
        Select s = Select.of(cols.toArray(new ColumnElement<?>[0]));
        if (resolution != null) {
            // its metamodel attributes' tables are this registry's wherever the Core select is asked for its FROM list
            s = s.resolvedBy(resolution);
        }
        for (QueryItem i : items) {
            if (i instanceof QueryItem.EntityItem e && e.source() == null) {
                s = e.mapper().restrict(s); // a subclass of a single-table hierarchy: only its rows
            }
        }
        for (UnaryOperator<Select> step : steps) {
            s = step.apply(s);
        }
        return s;
    }

    private OrmSelect<T> with(UnaryOperator<Select> step) {
        List<UnaryOperator<Select>> more = new ArrayList<>(steps);
        more.add(step);
        return new OrmSelect<>(resolution, items, more, target, populateExisting, options);
    }

    private OrmSelect<T> with(UnaryOperator<Select> step, QueryItem.EntityItem newTarget) {
        List<UnaryOperator<Select>> more = new ArrayList<>(steps);
        more.add(step);
        return new OrmSelect<>(resolution, items, more, newTarget, populateExisting, options);
    }

    // ---- criteria

    /** Adds WHERE conditions, joined with AND (also with earlier calls). */
    @SafeVarargs
    public final OrmSelect<T> where(ColumnElement<Boolean>... conditions) {
        if (given != null) {
            var conditionsCopy = conditions.clone();
            return defer(s -> s.where(conditionsCopy));
        }
        ColumnElement<Boolean>[] c = conditions.clone();
        return with(s -> s.where(c));
    }

    /**
     * Adds {@code field = value} conditions for mapped fields, by Java name, of the entity joined last (or the
     * first entity selected): {@code filterBy("username", "alice", "age", 30)}.
     */
    public OrmSelect<T> filterBy(String fieldName, Object value, Object... more) {
        if (more.length % 2 != 0) {
            throw new ArgumentError("filterBy() takes field name / value pairs; got an odd number of arguments after "
                    + fieldName + ": " + Arrays.toString(more));
        }
        if (given != null) {
            var moreCopy = more.clone();
            return defer(s -> s.filterBy(fieldName, value, moreCopy));
        }
        List<ColumnElement<Boolean>> conds = new ArrayList<>();
        conds.add(field(fieldName).eq(value));
        for (int i = 0; i < more.length; i += 2) {
            if (!(more[i] instanceof String name)) {
                throw new ArgumentError("filterBy(): expected a field name at argument " + (i + 3) + ", got " + more[i]);
            }
            conds.add(field(name).eq(more[i + 1]));
        }
        @SuppressWarnings("unchecked")
        ColumnElement<Boolean>[] arr = conds.toArray(new ColumnElement[0]);
        return with(s -> s.where(arr));
    }

    /** The column of the mapped field {@code fieldName} of the entity joined last (or the first entity selected). */
    ColumnElement<Object> field(String fieldName) {
        if (target == null) {
            throw new ArgumentError("This select has no entity to look up field '" + fieldName + "' in; use where(...)");
        }
        ColumnProperty p = target.mapper().property(fieldName);
        @SuppressWarnings("unchecked")
        ColumnElement<Object> c = (ColumnElement<Object>) target.column(p);
        return c;
    }

    // ---- joins

    /** JOIN the table of {@code entity}, ON inferred from the foreign key between it and the FROM so far. */
    public OrmSelect<T> join(Class<?> entity) {
        if (given != null) {
            return defer(s -> s.join(entity));
        }
        Mapper m = resolution.mapper(entity);
        return with(s -> m.joinRest(s.join(m.table()), m.table(), false), new QueryItem.EntityItem(m, null, entity));
    }

    /** JOIN the table of {@code entity} ON {@code on}. */
    public OrmSelect<T> join(Class<?> entity, ColumnElement<Boolean> on) {
        if (given != null) {
            return defer(s -> s.join(entity, on));
        }
        Mapper m = resolution.mapper(entity);
        // a joined-table class: ON refers to its root's table (which holds the inherited key), then its other tables;
        // a concrete-table class with subclasses: the union of its tables
        return with(s -> m.joinRest(s.join(m.joinTarget(), on), m.tables().get(0), false), new QueryItem.EntityItem(m, null, entity));
    }

    /** JOIN an aliased entity, ON inferred from the foreign key. */
    public OrmSelect<T> join(Alias<?> alias) {
        if (given != null) {
            return defer(s -> s.join(alias));
        }
        Alias<?> a = alias.bind(resolution);
        return with(s -> s.join(a.from()), new QueryItem.EntityItem(a.mapper(), a.from(), alias));
    }

    /** JOIN an aliased entity ON {@code on}. */
    public OrmSelect<T> join(Alias<?> alias, ColumnElement<Boolean> on) {
        if (given != null) {
            return defer(s -> s.join(alias, on));
        }
        Alias<?> a = alias.bind(resolution);
        return with(s -> s.join(a.from(), on), new QueryItem.EntityItem(a.mapper(), a.from(), alias));
    }

    /** JOIN any Core FROM clause (a table, subquery, CTE), ON inferred from the foreign key. */
    public OrmSelect<T> join(FromClause from) {
        if (given != null) {
            return defer(s -> s.join(from));
        }
        return with(s -> s.join(from));
    }

    /** JOIN any Core FROM clause ON {@code on}: the extension point for relationship joins. */
    public OrmSelect<T> join(FromClause from, ColumnElement<Boolean> on) {
        if (given != null) {
            return defer(s -> s.join(from, on));
        }
        return with(s -> s.join(from, on));
    }

    /**
     * JOIN along a relationship, ON its join condition (through the association table for a many-to-many):
     * {@code select(User.class, Address.class).join(User_.addresses)}.
     */
    public OrmSelect<T> join(RelationshipAttribute<?, ?> relationship) {
        if (given != null) {
            return defer(s -> s.join(relationship));
        }
        return joinAlong(relationship, false);
    }

    /** LEFT OUTER JOIN along a relationship. */
    public OrmSelect<T> outerJoin(RelationshipAttribute<?, ?> relationship) {
        if (given != null) {
            return defer(s -> s.outerJoin(relationship));
        }
        return joinAlong(relationship, true);
    }

    /**
     * JOIN along a relationship to an alias of its target (SQLAlchemy's {@code join(alias, Course.students)}):
     * {@code select(s).join(Course_.students, s)} with {@code s = aliased(Student.class)}.
     */
    public OrmSelect<T> join(RelationshipAttribute<?, ?> relationship, Alias<?> target) {
        if (given != null) {
            return defer(s -> s.join(relationship, target));
        }
        return joinAlong(relationship, target, false);
    }

    /** LEFT OUTER JOIN along a relationship to an alias of its target. */
    public OrmSelect<T> outerJoin(RelationshipAttribute<?, ?> relationship, Alias<?> target) {
        if (given != null) {
            return defer(s -> s.outerJoin(relationship, target));
        }
        return joinAlong(relationship, target, true);
    }

    private OrmSelect<T> joinAlong(RelationshipAttribute<?, ?> relationship, boolean outer) {
        return joinAlong(relationship, null, outer);
    }

    private OrmSelect<T> joinAlong(RelationshipAttribute<?, ?> relationship, Alias<?> alias, boolean outer) {
        // a parent not yet in the FROM clause starts the join (see RelationshipJoin)
        RelationshipJoin j = new RelationshipJoin(relationship.property(resolution), alias == null ? null : alias.bind(resolution));
        return with(s -> j.apply(s, outer), j.target());
    }

    /** LEFT OUTER JOIN the table of {@code entity}, ON inferred from the foreign key. */
    public OrmSelect<T> outerJoin(Class<?> entity) {
        if (given != null) {
            return defer(s -> s.outerJoin(entity));
        }
        Mapper m = resolution.mapper(entity);
        return with(s -> m.joinRest(s.outerJoin(m.table()), m.table(), true), new QueryItem.EntityItem(m, null, entity));
    }

    /** LEFT OUTER JOIN the table of {@code entity} ON {@code on}. */
    public OrmSelect<T> outerJoin(Class<?> entity, ColumnElement<Boolean> on) {
        if (given != null) {
            return defer(s -> s.outerJoin(entity, on));
        }
        Mapper m = resolution.mapper(entity);
        return with(s -> m.joinRest(s.outerJoin(m.joinTarget(), on), m.tables().get(0), true),
                new QueryItem.EntityItem(m, null, entity));
    }

    /** LEFT OUTER JOIN an aliased entity, ON inferred from the foreign key. */
    public OrmSelect<T> outerJoin(Alias<?> alias) {
        if (given != null) {
            return defer(s -> s.outerJoin(alias));
        }
        Alias<?> a = alias.bind(resolution);
        return with(s -> s.outerJoin(a.from()), new QueryItem.EntityItem(a.mapper(), a.from(), alias));
    }

    /** LEFT OUTER JOIN an aliased entity ON {@code on}. */
    public OrmSelect<T> outerJoin(Alias<?> alias, ColumnElement<Boolean> on) {
        if (given != null) {
            return defer(s -> s.outerJoin(alias, on));
        }
        Alias<?> a = alias.bind(resolution);
        return with(s -> s.outerJoin(a.from(), on), new QueryItem.EntityItem(a.mapper(), a.from(), alias));
    }

    /** LEFT OUTER JOIN any Core FROM clause ON {@code on}. */
    public OrmSelect<T> outerJoin(FromClause from, ColumnElement<Boolean> on) {
        if (given != null) {
            return defer(s -> s.outerJoin(from, on));
        }
        return with(s -> s.outerJoin(from, on));
    }

    /**
     * Adds {@code left JOIN right} to the FROM list explicitly, ON inferred from the foreign key; each side is an
     * entity class, an {@link Alias} or a Core FROM clause: {@code select(Address.class).joinFrom(User.class, Address.class)}.
     */
    public OrmSelect<T> joinFrom(Object left, Object right) {
        if (given != null) {
            return defer(s -> s.joinFrom(left, right));
        }
        FromClause l = fromOf(left);
        FromClause r = fromOf(right);
        return with(s -> s.selectFrom(l.join(r)), targetOf(right));
    }

    /** {@code left JOIN right ON on} added to the FROM list; see {@link #joinFrom(Object, Object)}. */
    public OrmSelect<T> joinFrom(Object left, Object right, ColumnElement<Boolean> on) {
        if (given != null) {
            return defer(s -> s.joinFrom(left, right, on));
        }
        FromClause l = fromOf(left);
        FromClause r = fromOf(right);
        return with(s -> s.selectFrom(l.join(r, on)), targetOf(right));
    }

    private FromClause fromOf(Object o) {
        if (o instanceof Class<?> c) {
            return resolution.mapper(c).table();
        }
        if (o instanceof Alias<?> a) {
            return a.bind(resolution).from();
        }
        if (o instanceof FromClause f) {
            return f;
        }
        throw new ArgumentError("joinFrom() takes entity classes, aliased(...) entities or FROM clauses, not " + o);
    }

    private QueryItem.EntityItem targetOf(Object o) {
        if (o instanceof Class<?> c) {
            return new QueryItem.EntityItem(resolution.mapper(c), null, c);
        }
        if (o instanceof Alias<?> given) {
            Alias<?> a = given.bind(resolution);
            return new QueryItem.EntityItem(a.mapper(), a.from(), given);
        }
        return target;
    }

    // ---- shaping

    /** Adds ORDER BY expressions. */
    public OrmSelect<T> orderBy(ColumnElement<?>... expressions) {
        if (given != null) {
            var expressionsCopy = expressions.clone();
            return defer(s -> s.orderBy(expressionsCopy));
        }
        ColumnElement<?>[] e = expressions.clone();
        return with(s -> s.orderBy(e));
    }

    /**
     * Adds ORDER BY of mapped fields by Java name, ascending, of the entity joined last (or the first selected);
     * after {@link #union} this is how to order by the union's columns.
     */
    public OrmSelect<T> orderBy(String... fieldNames) {
        if (given != null) {
            var fieldNamesCopy = fieldNames.clone();
            return defer(s -> s.orderBy(fieldNamesCopy));
        }
        List<ColumnElement<?>> cols = new ArrayList<>();
        for (String f : fieldNames) {
            cols.add(field(f));
        }
        return orderBy(cols.toArray(new ColumnElement<?>[0]));
    }

    /** Adds GROUP BY expressions. */
    public OrmSelect<T> groupBy(ColumnElement<?>... expressions) {
        if (given != null) {
            var expressionsCopy = expressions.clone();
            return defer(s -> s.groupBy(expressionsCopy));
        }
        ColumnElement<?>[] e = expressions.clone();
        return with(s -> s.groupBy(e));
    }

    /** Adds HAVING conditions, joined with AND. */
    @SafeVarargs
    public final OrmSelect<T> having(ColumnElement<Boolean>... conditions) {
        if (given != null) {
            var conditionsCopy = conditions.clone();
            return defer(s -> s.having(conditionsCopy));
        }
        ColumnElement<Boolean>[] c = conditions.clone();
        return with(s -> s.having(c));
    }

    /** SELECT DISTINCT. */
    public OrmSelect<T> distinct() {
        if (given != null) {
            return defer(s -> s.distinct());
        }
        return with(Select::distinct);
    }

    /** LIMIT n. */
    public OrmSelect<T> limit(int n) {
        if (given != null) {
            return defer(s -> s.limit(n));
        }
        return with(s -> s.limit(n));
    }

    /** OFFSET n. */
    public OrmSelect<T> offset(int n) {
        if (given != null) {
            return defer(s -> s.offset(n));
        }
        return with(s -> s.offset(n));
    }

    /**
     * Loaded rows overwrite the fields of objects already in the Session, including unflushed changes (by default
     * an object already in the identity map is returned as it is).
     */
    public OrmSelect<T> populateExisting() {
        if (given != null) {
            return defer(s -> s.populateExisting());
        }
        return new OrmSelect<>(resolution, items, steps, target, true, options);
    }

    /**
     * {@code SELECT ... FROM (this UNION others) AS anon_1}, re-selecting the same entities and columns from the
     * union so that rows still load as objects.
     */
    public OrmSelect<T> union(OrmSelect<?>... others) {
        if (given != null) {
            var othersCopy = others.clone();
            return defer(s -> s.union(othersCopy));
        }
        return reselect(select.union(cores(resolution, others)));
    }

    /** As {@link #union}, with UNION ALL. */
    public OrmSelect<T> unionAll(OrmSelect<?>... others) {
        if (given != null) {
            var othersCopy = others.clone();
            return defer(s -> s.unionAll(othersCopy));
        }
        return reselect(select.unionAll(cores(resolution, others)));
    }

    private static SelectBase[] cores(Resolution resolution, OrmSelect<?>... others) {
        SelectBase[] out = new SelectBase[others.length];
        for (int i = 0; i < others.length; i++) {
            out[i] = others[i].bind(resolution).select;
        }
        return out;
    }

    private OrmSelect<T> reselect(CompoundSelect compound) {
        Subquery sq = compound.subquery("anon_1");
        List<QueryItem> moved = new ArrayList<>();
        for (QueryItem i : items) {
            moved.add(i.against(sq));
        }
        QueryItem.EntityItem t = target == null ? null : (QueryItem.EntityItem) target.against(sq);
        return new OrmSelect<>(resolution, moved, List.of(), t, populateExisting, options);
    }

    // ---- Core views

    /**
     * The Core SELECT this compiles to (every entity's columns, then the column expressions); of a bound select
     * ({@code registry.bind(select(User.class))}, or any select of a Session's {@code query}).
     */
    public Select statement() {
        requireBound("statement");
        return select;
    }

    /**
     * Adds loader options (relationship loading strategies) for the entities this select loads:
     * {@code select(User.class).options(selectinload(User_.addresses))}.
     */
    public OrmSelect<T> options(LoaderOption... loaderOptions) {
        if (given != null) {
            var loaderOptionsCopy = loaderOptions.clone();
            return defer(s -> s.options(loaderOptionsCopy));
        }
        List<LoaderOption> all = new ArrayList<>(options);
        for (LoaderOption o : loaderOptions) {
            all.add(o.bind(resolution));
        }
        return new OrmSelect<>(resolution, items, steps, target, populateExisting, all);
    }

    /** The loader options given with {@link #options}. */
    List<LoaderOption> loaderOptions() { return ColumnOptions.relationshipOptions(options); }

    /**
     * The mapper when this select loads exactly one entity straight from its table (no alias, no extra columns),
     * the case where JOINED strategies can be joined into the statement; null otherwise.
     */
    Mapper singleTableEntity() {
        // an entity with column options (defer, loadOnly) loads through its item, which knows which columns it read
        return items.size() == 1 && items.get(0) instanceof QueryItem.EntityItem e && e.source() == null && e.load() == null
                ? e.mapper() : null;
    }

    /** The entities of each entity item of {@code rows}, per mapper, for the loading strategies. */
    List<Map.Entry<Mapper, List<Object>>> entitiesByItem(List<Row> rows) {
        List<Map.Entry<Mapper, List<Object>>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof QueryItem.EntityItem e) {
                List<Object> objs = new ArrayList<>();
                for (Row r : rows) {
                    Object o = r.get(i);
                    if (o != null) {
                        objs.add(o);
                    }
                }
                out.add(Map.entry(e.mapper(), objs));
            }
        }
        return out;
    }

    /** {@code SELECT count(*) FROM (this) AS anon_1}, as SQLAlchemy's {@code Query.count()} sends. */
    Select countStatement() {
        return Select.of(org.jalchemy.Sql.func.count()).selectFrom(build(true).subquery("anon_1"));
    }

    /** {@code EXISTS (this)}, for {@code where(...)} or for selecting: {@code session.query(q.exists()).scalar()}. */
    public ColumnElement<Boolean> exists() {
        return org.jalchemy.Sql.exists(given != null ? this : select);
    }

    @Override public Subquery subquery(String name) {
        requireBound("subquery");
        return build(true).subquery(name);
    }

    @Override public Subquery lateral(String name) {
        requireBound("lateral");
        return build(true).lateral(name);
    }

    @Override public Cte cte(String name) {
        requireBound("cte");
        return build(true).cte(name);
    }

    @Override public Cte cte(String name, boolean recursive) {
        requireBound("cte");
        return build(true).cte(name, recursive);
    }

    @Override public <S> ScalarSubquery<S> scalarSubquery() {
        requireBound("scalarSubquery");
        return select.scalarSubquery();
    }

    @Override public List<ColumnElement<?>> selectedColumns() {
        requireBound("selectedColumns");
        return select.selectedColumns();
    }

    @Override public Set<Table> baseTables() {
        requireBound("baseTables");
        return select.baseTables();
    }

    /** Visits the SELECT; an unbound select is bound first, to the resolution of the statement being compiled. */
    @Override public void accept(SqlVisitor visitor) {
        if (given != null) {
            visitor.resolve(this).accept(visitor);
        } else {
            select.accept(visitor);
        }
    }

    @Override public void appendCacheKey(CacheKey key) {
        if (given != null) {
            key.resolve(this).appendCacheKey(key);
        } else {
            select.appendCacheKey(key);
        }
    }

    @Override public String toString() { return given != null ? describe() : select.toString(); }

    // ---- loading

    List<QueryItem> items() { return items; }

    boolean isPopulateExisting() { return populateExisting; }

    /** Row keys: each item's name, and what {@code row.get(...)} finds it by. */
    RowMetadata rowMetadata() {
        List<String> names = new ArrayList<>();
        List<Object> elements = new ArrayList<>();
        for (QueryItem i : items) {
            names.add(i.name());
            elements.add(i.element());
        }
        return RowMetadata.ofNames(names, elements);
    }

    /** The identity keys of the entities in {@code core} that the Session does not hold yet. */
    List<IdentityKey> keysNotInSession(Session session, Row core) {
        List<IdentityKey> out = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < widths.length; i++) {
            IdentityKey k = items.get(i).key(core, offset);
            if (k != null && session.identityObject(k) == null) {
                out.add(k);
            }
            offset += widths[i];
        }
        return out;
    }

    /** The ORM row for a Core row of {@link #statement()}: entities through the Session's identity map. */
    Row toRow(Session session, Row core, RowMetadata metadata) {
        Object[] values = new Object[items.size()];
        int offset = 0;
        for (int i = 0; i < values.length; i++) {
            QueryItem item = items.get(i);
            values[i] = item.read(session, core, offset, populateExisting);
            offset += widths[i];
        }
        return Row.of(metadata, values);
    }
}
