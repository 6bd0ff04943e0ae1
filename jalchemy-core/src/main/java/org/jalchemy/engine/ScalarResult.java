package org.jalchemy.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** The first column of each row of a result: {@code conn.execute(select(users.c("id"))).scalars().all()}. */
public final class ScalarResult<T> implements Iterable<T> {
    private final Result result;

    ScalarResult(Result result) {
        this.result = result;
    }

    /** Every value. */
    public List<T> all() {
        List<T> out = new ArrayList<>();
        for (Row r : result.all()) {
            out.add(r.get(0));
        }
        return out;
    }

    /** The first value, or null when there is no row. */
    public T first() {
        Row r = result.first();
        return r == null ? null : r.get(0);
    }

    /** The only value; NoResultFound or MultipleResultsFound otherwise. */
    public T one() {
        return result.one().get(0);
    }

    /** The only value or null; MultipleResultsFound when several. */
    public T oneOrNone() {
        Row r = result.oneOrNone();
        return r == null ? null : r.get(0);
    }

    /** The values as a lazy stream; close it (or exhaust it) to release the cursor. */
    public Stream<T> stream() {
        return result.stream().map(r -> r.<T>get(0));
    }

    @Override public Iterator<T> iterator() {
        Iterator<Row> rows = result.iterator();
        return new Iterator<>() {
            @Override public boolean hasNext() { return rows.hasNext(); }
            @Override public T next() { return rows.next().get(0); }
        };
    }
}
