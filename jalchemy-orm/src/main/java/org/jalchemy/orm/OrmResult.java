package org.jalchemy.orm;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.MultipleResultsFound;
import org.jalchemy.exc.NoResultFound;

/**
 * What an ORM statement returned, already loaded: rows holding entities and column values
 * ({@code session.execute(select(User.class, Address.class))}), or with {@link #scalars()} the first item of each
 * row ({@code session.scalars(select(User.class))} gives {@code OrmResult<User>}).
 *
 * @param <T> {@link Row}, or the type of the first item for a scalar result
 */
public final class OrmResult<T> implements Iterable<T> {
    private final List<Row> rows;
    private final boolean scalar;
    private final String sql;
    private final long rowcount;

    OrmResult(List<Row> rows, boolean scalar, String sql, long rowcount) {
        this.rows = rows;
        this.scalar = scalar;
        this.sql = sql;
        this.rowcount = rowcount;
    }

    @SuppressWarnings("unchecked")
    private T value(Row r) {
        return scalar ? (T) r.get(0) : (T) r;
    }

    /** The first item of each row. */
    public <S> OrmResult<S> scalars() {
        return new OrmResult<>(rows, true, sql, rowcount);
    }

    /** Every row (or value). */
    public List<T> all() {
        List<T> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(value(r));
        }
        return out;
    }

    /** The first row (or value), or null when there is none. */
    public T first() {
        return rows.isEmpty() ? null : value(rows.get(0));
    }

    /**
     * The only row (or value).
     *
     * @throws NoResultFound or {@link MultipleResultsFound}, with the statement in the message
     */
    public T one() {
        if (rows.isEmpty()) {
            throw new NoResultFound("No row was found when one was required; statement: " + sql);
        }
        return oneOrNone();
    }

    /**
     * The only row (or value), or null when there is none.
     *
     * @throws MultipleResultsFound with the statement in the message
     */
    public T oneOrNone() {
        if (rows.size() > 1) {
            throw new MultipleResultsFound("Multiple rows (" + rows.size() + ") were found when one or none was required; "
                    + "statement: " + sql);
        }
        return rows.isEmpty() ? null : value(rows.get(0));
    }

    /** The first item of the first row, or null. */
    public <S> S scalar() {
        @SuppressWarnings("unchecked")
        S s = rows.isEmpty() ? null : (S) rows.get(0).get(0);
        return s;
    }

    /** The rows the statement changed (bulk INSERT / UPDATE / DELETE), or the number of rows returned. */
    public long rowcount() {
        return rowcount;
    }

    /** The rows (or values) as a stream. */
    public Stream<T> stream() {
        return all().stream();
    }

    @Override public Iterator<T> iterator() {
        return all().iterator();
    }
}
