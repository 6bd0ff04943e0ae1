package org.jalchemy.orm;

import static org.jalchemy.Sql.select;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.exc.MultipleResultsFound;
import org.jalchemy.exc.NoResultFound;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Select;

/**
 * A minimal query for whole objects of one class: filters, ordering and paging over the mapped table, results
 * through the Session's identity map. Immutable: each method returns a new Query.
 * <pre>{@code session.query(User.class).filterBy("username", "alice").first()}</pre>
 *
 * @param <T> the mapped class
 */
public final class Query<T> {
    private final Session session;
    private final Class<T> type;
    private final Mapper mapper;
    private final Select select;
    private List<LoaderOption> options = List.of();

    Query(Session session, Class<T> type, Mapper mapper) {
        this(session, type, mapper, mapper.restrict(select(mapper.columns())));
    }

    private Query(Session session, Class<T> type, Mapper mapper, Select select) {
        this.session = session;
        this.type = type;
        this.mapper = mapper;
        this.select = select;
    }

    private Query(Query<T> base, Select select) {
        this(base.session, base.type, base.mapper, select);
        this.options = base.options;
    }

    /** Adds loader options (relationship loading strategies): {@code options(selectinload(User_.addresses))}. */
    public Query<T> options(LoaderOption... loaderOptions) {
        Query<T> q = new Query<>(this, select);
        List<LoaderOption> all = new ArrayList<>(options);
        all.addAll(List.of(loaderOptions));
        q.options = List.copyOf(all);
        return q;
    }

    /** Adds WHERE conditions (Core expressions over the mapped table or a metamodel), joined with AND. */
    @SafeVarargs
    public final Query<T> filter(ColumnElement<Boolean>... conditions) {
        Select s = select;
        for (ColumnElement<Boolean> c : conditions) {
            s = s.where(c);
        }
        return new Query<>(this, s);
    }

    /** Adds {@code field = value} for a mapped field, by its Java name: {@code filterBy("username", "alice")}. */
    public Query<T> filterBy(String fieldName, Object value) {
        return new Query<>(this, select.where(mapper.property(fieldName).column().eq(value)));
    }

    /** Adds ORDER BY expressions. */
    public Query<T> orderBy(ColumnElement<?>... expressions) {
        return new Query<>(this, select.orderBy(expressions));
    }

    /** Adds ORDER BY of mapped fields by Java name, ascending. */
    public Query<T> orderBy(String... fieldNames) {
        List<ColumnElement<?>> cols = new ArrayList<>();
        for (String f : fieldNames) {
            cols.add(mapper.property(f).column());
        }
        return orderBy(cols.toArray(new ColumnElement<?>[0]));
    }

    /** LIMIT n. */
    public Query<T> limit(int n) {
        return new Query<>(this, select.limit(n));
    }

    /** OFFSET n. */
    public Query<T> offset(int n) {
        return new Query<>(this, select.offset(n));
    }

    /** The Core SELECT this query runs. */
    public Select statement() {
        return select;
    }

    /** Every matching object (autoflushes first). */
    public List<T> all() {
        return session.loadAll(type, mapper, select, options);
    }

    /** The first matching object, or null. */
    public T first() {
        List<T> l = session.loadAll(type, mapper, select.limit(1), options);
        return l.isEmpty() ? null : l.get(0);
    }

    /** Exactly one object; {@link NoResultFound} or {@link MultipleResultsFound} otherwise. */
    public T one() {
        T t = oneOrNone();
        if (t == null) {
            throw new NoResultFound("No " + type.getSimpleName() + " was found when one was required");
        }
        return t;
    }

    /** One object or null; {@link MultipleResultsFound} when several match. */
    public T oneOrNone() {
        List<T> l = session.loadAll(type, mapper, select.limit(2), options);
        if (l.size() > 1) {
            throw new MultipleResultsFound("Multiple " + type.getSimpleName() + " objects were found when one or none was required");
        }
        return l.isEmpty() ? null : l.get(0);
    }
}
