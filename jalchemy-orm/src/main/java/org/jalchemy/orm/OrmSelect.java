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
import org.jalchemy.orm.internal.ColumnProperty;
import org.jalchemy.orm.internal.IdentityKey;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.CacheKey;
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
public final class OrmSelect<T> implements SelectBase {
    private final Function<Class<?>, Mapper> mappers;
    private final List<QueryItem> items;
    private final List<UnaryOperator<Select>> steps;
    private final QueryItem.EntityItem target;
    private final boolean populateExisting;
    private final List<LoaderOption> options;
    private final Select select;
    private final int[] widths;

    private OrmSelect(Function<Class<?>, Mapper> mappers, List<QueryItem> items, List<UnaryOperator<Select>> steps,
                      QueryItem.EntityItem target, boolean populateExisting, List<LoaderOption> options) {
        this.mappers = mappers;
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

    /**
     * A select of {@code items}: entity classes, {@link Alias}es, and Core column expressions (metamodel attributes,
     * functions, ...), each resolved to its mapper with {@code mappers}.
     */
    static <T> OrmSelect<T> of(Function<Class<?>, Mapper> mappers, Object... items) {
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

    private static QueryItem item(Function<Class<?>, Mapper> mappers, Object o) {
        if (o instanceof Class<?> c) {
            return new QueryItem.EntityItem(mappers.apply(c), null, c);
        }
        if (o instanceof Alias<?> a) {
            return new QueryItem.EntityItem(a.mapper(), a.from(), a);
        }
        if (o instanceof ColumnElement<?> e) {
            return new QueryItem.ColumnItem(e);
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
        return new OrmSelect<>(mappers, items, more, target, populateExisting, options);
    }

    private OrmSelect<T> with(UnaryOperator<Select> step, QueryItem.EntityItem newTarget) {
        List<UnaryOperator<Select>> more = new ArrayList<>(steps);
        more.add(step);
        return new OrmSelect<>(mappers, items, more, newTarget, populateExisting, options);
    }

    // ---- criteria

    /** Adds WHERE conditions, joined with AND (also with earlier calls). */
    @SafeVarargs
    public final OrmSelect<T> where(ColumnElement<Boolean>... conditions) {
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
        Mapper m = mappers.apply(entity);
        return with(s -> m.joinRest(s.join(m.table()), m.table(), false), new QueryItem.EntityItem(m, null, entity));
    }

    /** JOIN the table of {@code entity} ON {@code on}. */
    public OrmSelect<T> join(Class<?> entity, ColumnElement<Boolean> on) {
        Mapper m = mappers.apply(entity);
        // a joined-table class: ON refers to its root's table (which holds the inherited key), then its other tables;
        // a concrete-table class with subclasses: the union of its tables
        return with(s -> m.joinRest(s.join(m.joinTarget(), on), m.tables().get(0), false), new QueryItem.EntityItem(m, null, entity));
    }

    /** JOIN an aliased entity, ON inferred from the foreign key. */
    public OrmSelect<T> join(Alias<?> alias) {
        return with(s -> s.join(alias.from()), new QueryItem.EntityItem(alias.mapper(), alias.from(), alias));
    }

    /** JOIN an aliased entity ON {@code on}. */
    public OrmSelect<T> join(Alias<?> alias, ColumnElement<Boolean> on) {
        return with(s -> s.join(alias.from(), on), new QueryItem.EntityItem(alias.mapper(), alias.from(), alias));
    }

    /** JOIN any Core FROM clause (a table, subquery, CTE), ON inferred from the foreign key. */
    public OrmSelect<T> join(FromClause from) {
        return with(s -> s.join(from));
    }

    /** JOIN any Core FROM clause ON {@code on}: the extension point for relationship joins. */
    public OrmSelect<T> join(FromClause from, ColumnElement<Boolean> on) {
        return with(s -> s.join(from, on));
    }

    /**
     * JOIN along a relationship, ON its join condition (through the association table for a many-to-many):
     * {@code select(User.class, Address.class).join(User_.addresses)}.
     */
    public OrmSelect<T> join(RelationshipAttribute<?, ?> relationship) {
        return joinAlong(relationship, false);
    }

    /** LEFT OUTER JOIN along a relationship. */
    public OrmSelect<T> outerJoin(RelationshipAttribute<?, ?> relationship) {
        return joinAlong(relationship, true);
    }

    /**
     * JOIN along a relationship to an alias of its target (SQLAlchemy's {@code join(alias, Course.students)}):
     * {@code select(s).join(Course_.students, s)} with {@code s = aliased(Student.class)}.
     */
    public OrmSelect<T> join(RelationshipAttribute<?, ?> relationship, Alias<?> target) {
        return joinAlong(relationship, target, false);
    }

    /** LEFT OUTER JOIN along a relationship to an alias of its target. */
    public OrmSelect<T> outerJoin(RelationshipAttribute<?, ?> relationship, Alias<?> target) {
        return joinAlong(relationship, target, true);
    }

    private OrmSelect<T> joinAlong(RelationshipAttribute<?, ?> relationship, boolean outer) {
        return joinAlong(relationship, null, outer);
    }

    private OrmSelect<T> joinAlong(RelationshipAttribute<?, ?> relationship, Alias<?> alias, boolean outer) {
        // a parent not yet in the FROM clause starts the join (see RelationshipJoin)
        RelationshipJoin j = new RelationshipJoin(relationship.property(), alias);
        return with(s -> j.apply(s, outer), j.target());
    }

    /** LEFT OUTER JOIN the table of {@code entity}, ON inferred from the foreign key. */
    public OrmSelect<T> outerJoin(Class<?> entity) {
        Mapper m = mappers.apply(entity);
        return with(s -> m.joinRest(s.outerJoin(m.table()), m.table(), true), new QueryItem.EntityItem(m, null, entity));
    }

    /** LEFT OUTER JOIN the table of {@code entity} ON {@code on}. */
    public OrmSelect<T> outerJoin(Class<?> entity, ColumnElement<Boolean> on) {
        Mapper m = mappers.apply(entity);
        return with(s -> m.joinRest(s.outerJoin(m.joinTarget(), on), m.tables().get(0), true),
                new QueryItem.EntityItem(m, null, entity));
    }

    /** LEFT OUTER JOIN an aliased entity, ON inferred from the foreign key. */
    public OrmSelect<T> outerJoin(Alias<?> alias) {
        return with(s -> s.outerJoin(alias.from()), new QueryItem.EntityItem(alias.mapper(), alias.from(), alias));
    }

    /** LEFT OUTER JOIN an aliased entity ON {@code on}. */
    public OrmSelect<T> outerJoin(Alias<?> alias, ColumnElement<Boolean> on) {
        return with(s -> s.outerJoin(alias.from(), on), new QueryItem.EntityItem(alias.mapper(), alias.from(), alias));
    }

    /** LEFT OUTER JOIN any Core FROM clause ON {@code on}. */
    public OrmSelect<T> outerJoin(FromClause from, ColumnElement<Boolean> on) {
        return with(s -> s.outerJoin(from, on));
    }

    /**
     * Adds {@code left JOIN right} to the FROM list explicitly, ON inferred from the foreign key; each side is an
     * entity class, an {@link Alias} or a Core FROM clause: {@code select(Address.class).joinFrom(User.class, Address.class)}.
     */
    public OrmSelect<T> joinFrom(Object left, Object right) {
        FromClause l = fromOf(left);
        FromClause r = fromOf(right);
        return with(s -> s.selectFrom(l.join(r)), targetOf(right));
    }

    /** {@code left JOIN right ON on} added to the FROM list; see {@link #joinFrom(Object, Object)}. */
    public OrmSelect<T> joinFrom(Object left, Object right, ColumnElement<Boolean> on) {
        FromClause l = fromOf(left);
        FromClause r = fromOf(right);
        return with(s -> s.selectFrom(l.join(r, on)), targetOf(right));
    }

    private FromClause fromOf(Object o) {
        if (o instanceof Class<?> c) {
            return mappers.apply(c).table();
        }
        if (o instanceof Alias<?> a) {
            return a.from();
        }
        if (o instanceof FromClause f) {
            return f;
        }
        throw new ArgumentError("joinFrom() takes entity classes, aliased(...) entities or FROM clauses, not " + o);
    }

    private QueryItem.EntityItem targetOf(Object o) {
        if (o instanceof Class<?> c) {
            return new QueryItem.EntityItem(mappers.apply(c), null, c);
        }
        if (o instanceof Alias<?> a) {
            return new QueryItem.EntityItem(a.mapper(), a.from(), a);
        }
        return target;
    }

    // ---- shaping

    /** Adds ORDER BY expressions. */
    public OrmSelect<T> orderBy(ColumnElement<?>... expressions) {
        ColumnElement<?>[] e = expressions.clone();
        return with(s -> s.orderBy(e));
    }

    /**
     * Adds ORDER BY of mapped fields by Java name, ascending, of the entity joined last (or the first selected);
     * after {@link #union} this is how to order by the union's columns.
     */
    public OrmSelect<T> orderBy(String... fieldNames) {
        List<ColumnElement<?>> cols = new ArrayList<>();
        for (String f : fieldNames) {
            cols.add(field(f));
        }
        return orderBy(cols.toArray(new ColumnElement<?>[0]));
    }

    /** Adds GROUP BY expressions. */
    public OrmSelect<T> groupBy(ColumnElement<?>... expressions) {
        ColumnElement<?>[] e = expressions.clone();
        return with(s -> s.groupBy(e));
    }

    /** Adds HAVING conditions, joined with AND. */
    @SafeVarargs
    public final OrmSelect<T> having(ColumnElement<Boolean>... conditions) {
        ColumnElement<Boolean>[] c = conditions.clone();
        return with(s -> s.having(c));
    }

    /** SELECT DISTINCT. */
    public OrmSelect<T> distinct() {
        return with(Select::distinct);
    }

    /** LIMIT n. */
    public OrmSelect<T> limit(int n) {
        return with(s -> s.limit(n));
    }

    /** OFFSET n. */
    public OrmSelect<T> offset(int n) {
        return with(s -> s.offset(n));
    }

    /**
     * Loaded rows overwrite the fields of objects already in the Session, including unflushed changes (by default
     * an object already in the identity map is returned as it is).
     */
    public OrmSelect<T> populateExisting() {
        return new OrmSelect<>(mappers, items, steps, target, true, options);
    }

    /**
     * {@code SELECT ... FROM (this UNION others) AS anon_1}, re-selecting the same entities and columns from the
     * union so that rows still load as objects.
     */
    public OrmSelect<T> union(OrmSelect<?>... others) {
        return reselect(select.union(cores(others)));
    }

    /** As {@link #union}, with UNION ALL. */
    public OrmSelect<T> unionAll(OrmSelect<?>... others) {
        return reselect(select.unionAll(cores(others)));
    }

    private static SelectBase[] cores(OrmSelect<?>... others) {
        SelectBase[] out = new SelectBase[others.length];
        for (int i = 0; i < others.length; i++) {
            out[i] = others[i].select;
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
        return new OrmSelect<>(mappers, moved, List.of(), t, populateExisting, options);
    }

    // ---- Core views

    /** The Core SELECT this compiles to (every entity's columns, then the column expressions). */
    public Select statement() { return select; }

    /**
     * Adds loader options (relationship loading strategies) for the entities this select loads:
     * {@code select(User.class).options(selectinload(User_.addresses))}.
     */
    public OrmSelect<T> options(LoaderOption... loaderOptions) {
        List<LoaderOption> all = new ArrayList<>(options);
        all.addAll(List.of(loaderOptions));
        return new OrmSelect<>(mappers, items, steps, target, populateExisting, all);
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
        return org.jalchemy.Sql.exists(select);
    }

    @Override public Subquery subquery(String name) { return build(true).subquery(name); }

    @Override public Subquery lateral(String name) { return build(true).lateral(name); }

    @Override public Cte cte(String name) { return build(true).cte(name); }

    @Override public Cte cte(String name, boolean recursive) { return build(true).cte(name, recursive); }

    @Override public <S> ScalarSubquery<S> scalarSubquery() { return select.scalarSubquery(); }

    @Override public List<ColumnElement<?>> selectedColumns() { return select.selectedColumns(); }

    @Override public Set<Table> baseTables() { return select.baseTables(); }

    @Override public void accept(SqlVisitor visitor) { select.accept(visitor); }

    @Override public void appendCacheKey(CacheKey key) { select.appendCacheKey(key); }

    @Override public String toString() { return select.toString(); }

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
