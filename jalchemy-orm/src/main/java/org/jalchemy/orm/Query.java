package org.jalchemy.orm;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.exc.MultipleResultsFound;
import org.jalchemy.exc.NoResultFound;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.FromClause;
import org.jalchemy.sql.Select;
import org.jalchemy.sql.Subquery;

/**
 * A query bound to a Session (the "legacy" style): entities, rows of several entities and columns, or single
 * column values, with filters, joins, grouping and paging; results go through the Session's identity map, and the
 * Session autoflushes before each query. Immutable: each method returns a new Query.
 * <pre>{@code
 * User u = session.query(User.class).filter(User_.username.eq("alice")).first();
 * List<Row> pairs = session.query(User.class, Address.class).join(Address.class).all();   // row.get(User.class)
 * long n = session.query(func.count(Address_.id)).filter(Address_.userId.eq(1)).scalar();
 * }</pre>
 *
 * @param <T> the entity class or column type when one thing is selected, otherwise {@link Row}
 */
public final class Query<T> {
    private final Session session;
    private final OrmSelect<?> select;
    private final boolean single;
    private final Class<?> entity;
    private final int yieldPer;

    Query(Session session, Class<T> type, Mapper mapper) {
        this(session, OrmSelect.of(c -> c == type ? mapper : session.mapper(c), type), true, type, 0);
    }

    private Query(Session session, OrmSelect<?> select, boolean single, Class<?> entity, int yieldPer) {
        this.session = session;
        this.select = select;
        this.single = single;
        this.entity = entity;
        this.yieldPer = yieldPer;
    }

    /** A query of {@code items} (entity classes, aliases, column expressions); rows unless there is one item. */
    static <T> Query<T> of(Session session, Object... items) {
        Class<?> entity = items.length == 1 && items[0] instanceof Class<?> c ? c : null;
        return new Query<>(session, OrmSelect.of(session::mapper, items), items.length == 1, entity, 0);
    }

    private <R> Query<R> with(OrmSelect<?> s) {
        return new Query<>(session, s, single, entity, yieldPer);
    }

    // ---- criteria

    /** Adds WHERE conditions, joined with AND (also with earlier calls). */
    @SafeVarargs
    public final Query<T> filter(ColumnElement<Boolean>... conditions) {
        return with(select.where(conditions));
    }

    /** Same as {@link #filter}, in the 2.0 spelling. */
    @SafeVarargs
    public final Query<T> where(ColumnElement<Boolean>... conditions) {
        return with(select.where(conditions));
    }

    /**
     * Adds {@code field = value} conditions by Java field name, on the entity joined last (or the first one
     * queried): {@code filterBy("username", "alice", "age", 30)}.
     */
    public Query<T> filterBy(String fieldName, Object value, Object... more) {
        return with(select.filterBy(fieldName, value, more));
    }

    // ---- joins

    /** JOIN the entity's table, ON inferred from the foreign key between it and the FROM so far. */
    public Query<T> join(Class<?> target) { return with(select.join(target)); }

    /** JOIN the entity's table ON {@code on}. */
    public Query<T> join(Class<?> target, ColumnElement<Boolean> on) { return with(select.join(target, on)); }

    /** JOIN an aliased entity, ON inferred from the foreign key. */
    public Query<T> join(Alias<?> target) { return with(select.join(target)); }

    /** JOIN an aliased entity ON {@code on}. */
    public Query<T> join(Alias<?> target, ColumnElement<Boolean> on) { return with(select.join(target, on)); }

    /** JOIN a Core FROM clause (table, subquery, CTE), ON inferred from the foreign key. */
    public Query<T> join(FromClause target) { return with(select.join(target)); }

    /** JOIN a Core FROM clause ON {@code on}. */
    public Query<T> join(FromClause target, ColumnElement<Boolean> on) { return with(select.join(target, on)); }

    /** JOIN along a relationship: {@code query(User.class, Address.class).join(User_.addresses)}. */
    public Query<T> join(RelationshipAttribute<?, ?> relationship) { return with(select.join(relationship)); }

    /** LEFT OUTER JOIN along a relationship. */
    public Query<T> outerJoin(RelationshipAttribute<?, ?> relationship) { return with(select.outerJoin(relationship)); }

    /** JOIN along a relationship to an alias of its target: {@code query(s).join(Course_.students, s)}. */
    public Query<T> join(RelationshipAttribute<?, ?> relationship, Alias<?> target) {
        return with(select.join(relationship, target));
    }

    /** LEFT OUTER JOIN along a relationship to an alias of its target. */
    public Query<T> outerJoin(RelationshipAttribute<?, ?> relationship, Alias<?> target) {
        return with(select.outerJoin(relationship, target));
    }

    /** LEFT OUTER JOIN the entity's table, ON inferred from the foreign key. */
    public Query<T> outerJoin(Class<?> target) { return with(select.outerJoin(target)); }

    /** LEFT OUTER JOIN the entity's table ON {@code on}. */
    public Query<T> outerJoin(Class<?> target, ColumnElement<Boolean> on) { return with(select.outerJoin(target, on)); }

    /** LEFT OUTER JOIN an aliased entity, ON inferred from the foreign key. */
    public Query<T> outerJoin(Alias<?> target) { return with(select.outerJoin(target)); }

    /** LEFT OUTER JOIN an aliased entity ON {@code on}. */
    public Query<T> outerJoin(Alias<?> target, ColumnElement<Boolean> on) { return with(select.outerJoin(target, on)); }

    // ---- shaping

    /** Adds ORDER BY expressions. */
    public Query<T> orderBy(ColumnElement<?>... expressions) { return with(select.orderBy(expressions)); }

    /** Adds ORDER BY of mapped fields by Java name, ascending. */
    public Query<T> orderBy(String... fieldNames) {
        return with(select.orderBy(fieldNames));
    }

    /** Adds GROUP BY expressions. */
    public Query<T> groupBy(ColumnElement<?>... expressions) { return with(select.groupBy(expressions)); }

    /** Adds HAVING conditions. */
    @SafeVarargs
    public final Query<T> having(ColumnElement<Boolean>... conditions) { return with(select.having(conditions)); }

    /** SELECT DISTINCT. */
    public Query<T> distinct() { return with(select.distinct()); }

    /** LIMIT n. */
    public Query<T> limit(int n) { return with(select.limit(n)); }

    /** OFFSET n. */
    public Query<T> offset(int n) { return with(select.offset(n)); }

    /** Rows {@code start} (inclusive) to {@code stop} (exclusive): OFFSET start LIMIT stop - start. */
    public Query<T> slice(int start, int stop) {
        if (start < 0 || stop < start) {
            throw new org.jalchemy.exc.ArgumentError("slice(" + start + ", " + stop + "): need 0 <= start <= stop");
        }
        return with(select.offset(start).limit(stop - start));
    }

    /** Loaded rows overwrite objects already in the Session, including their unflushed changes. */
    public Query<T> populateExisting() { return with(select.populateExisting()); }

    /**
     * For {@link #stream()}: objects the stream loads are expunged from the Session once the stream is {@code n}
     * rows further (unless changed), so memory stays bounded however many rows are read.
     */
    public Query<T> yieldPer(int n) {
        if (n <= 0) {
            throw new org.jalchemy.exc.ArgumentError("yieldPer(n) needs n > 0, got " + n);
        }
        return new Query<>(session, select, single, entity, n);
    }

    /** {@code SELECT ... FROM (this UNION others) AS anon_1}, still loading the same entities. */
    @SafeVarargs
    public final Query<T> union(Query<T>... others) { return with(select.union(selects(others))); }

    /** As {@link #union}, with UNION ALL. */
    @SafeVarargs
    public final Query<T> unionAll(Query<T>... others) { return with(select.unionAll(selects(others))); }

    private static OrmSelect<?>[] selects(Query<?>[] others) {
        OrmSelect<?>[] out = new OrmSelect<?>[others.length];
        for (int i = 0; i < others.length; i++) {
            out[i] = others[i].select;
        }
        return out;
    }

    // ---- Core views

    /** The Core SELECT this query runs. */
    public Select statement() { return select.statement(); }

    /** The 2.0-style select this query wraps. */
    public OrmSelect<?> toSelect() { return select; }

    /** This query as a named subquery; re-select it as entities with {@code aliased(User.class, q.subquery("u"))}. */
    public Subquery subquery(String name) { return select.subquery(name); }

    /** Adds loader options (relationship loading strategies): {@code options(selectinload(User_.addresses))}. */
    public Query<T> options(LoaderOption... loaderOptions) {
        return with(select.options(loaderOptions));
    }

    /** {@code EXISTS (this query)}: {@code session.query(q.exists()).scalar()} is true when a row matches. */
    public ColumnElement<Boolean> exists() { return select.exists(); }

    @Override public String toString() { return select.toString(); }

    // ---- results

    private OrmResult<T> run(OrmSelect<?> s) {
        return new OrmExecutor(session).select(s, single);
    }

    /** Every result: objects, values, or rows. */
    public List<T> all() { return run(select).all(); }

    /** The first result (LIMIT 1), or null. */
    public T first() { return run(select.limit(1)).first(); }

    /**
     * The only result.
     *
     * @throws NoResultFound or {@link MultipleResultsFound}, naming the SQL
     */
    public T one() { return run(select).one(); }

    /**
     * The only result or null.
     *
     * @throws MultipleResultsFound naming the SQL
     */
    public T oneOrNone() { return run(select).oneOrNone(); }

    /**
     * The value of the single row of a one-column (or one-entity) query, or null when there is no row:
     * {@code long n = session.query(func.count(Address_.id)).scalar()}.
     *
     * @throws MultipleResultsFound when several rows come back
     */
    public T scalar() {
        if (!single) {
            throw new InvalidRequestError("scalar() needs a query of one entity or column; this one selects "
                    + select.items().size() + " things: use one().get(0)");
        }
        return run(select).oneOrNone();
    }

    /** {@code SELECT count(*) FROM (this query) AS anon_1}. */
    public long count() {
        Long n = session.execute(select.countStatement()).scalar();
        return n == null ? 0 : n;
    }

    /**
     * The object of the queried entity with this primary key, from the identity map when present (see
     * {@link Session#get}).
     */
    public T get(Object id) {
        if (entity == null) {
            throw new InvalidRequestError("get() needs a query of one entity class: " + select);
        }
        @SuppressWarnings("unchecked")
        T t = (T) session.get(entity, id);
        return t;
    }

    /**
     * Streams the results from a server-side cursor as they are read (close the stream, e.g. with
     * try-with-resources, if not read to the end); see {@link #yieldPer}.
     */
    public Stream<T> stream() {
        return new OrmExecutor(session).stream(select, single, yieldPer);
    }

    // ---- bulk statements

    private Mapper bulkMapper(String what) {
        if (select.items().isEmpty() || !(select.items().get(0) instanceof QueryItem.EntityItem e) || e.source() != null) {
            throw new InvalidRequestError(what + "() needs a query whose first item is an entity class: " + select);
        }
        if (!select.statement().effectiveFroms().equals(List.of(e.mapper().table()))) {
            // a bulk statement has one table; a join's conditions would refer to tables it does not name
            throw new InvalidRequestError(what + "() needs a query of the one table '" + e.mapper().table().name()
                    + "' (no joins or other entities); use a subquery in filter(...): " + select);
        }
        return e.mapper();
    }

    /**
     * UPDATE the rows this query's WHERE clause matches: {@code query(User.class).filter(...).update(Map.of("age", 30))},
     * with {@link SynchronizeSession#AUTO}. Returns the number of rows matched.
     */
    public long update(Map<String, ?> values) {
        return update(values, SynchronizeSession.AUTO);
    }

    /** {@link #update(Map)} with an explicit synchronization mode. */
    public long update(Map<String, ?> values, SynchronizeSession mode) {
        Mapper m = bulkMapper("update");
        @SuppressWarnings("unchecked")
        OrmUpdate<Object> u = new OrmUpdate<>((Class<Object>) m.type(), m, select.statement().whereClauses(), Map.of(), mode);
        return new OrmExecutor(session).update(u.values(values)).rowcount();
    }

    /** DELETE the rows this query's WHERE clause matches, with {@link SynchronizeSession#AUTO}; returns the count. */
    public long delete() {
        return delete(SynchronizeSession.AUTO);
    }

    /** {@link #delete()} with an explicit synchronization mode. */
    public long delete(SynchronizeSession mode) {
        Mapper m = bulkMapper("delete");
        @SuppressWarnings("unchecked")
        OrmDelete<Object> d = new OrmDelete<>((Class<Object>) m.type(), m, select.statement().whereClauses(), mode);
        return new OrmExecutor(session).delete(d).rowcount();
    }
}
