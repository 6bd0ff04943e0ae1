package org.jalchemy.engine;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.exc.MultipleResultsFound;
import org.jalchemy.exc.NoResultFound;
import org.jalchemy.exc.ResourceClosedError;
import org.jalchemy.pool.StatementCache;
import org.jalchemy.sql.compiler.CompiledStatement;
import org.jalchemy.sql.compiler.ResultColumn;
import org.jalchemy.types.JdbcHandler;
import org.jalchemy.types.NullType;

/**
 * What a statement returned: rows read lazily from the cursor (each value converted to its column's Java
 * type), or for DML the row count and inserted primary key. Reading every row, or {@code first()},
 * {@code one()}, {@code scalar()}, closes the cursor; so does closing the result or ending the transaction.
 */
public final class Result implements Iterable<Row>, AutoCloseable {
    private final Connection connection;
    private final PreparedStatement statement;
    /** Set when {@code statement} is lent from the connection's statement cache: released, not closed. */
    private final StatementCache.Lease lease;
    private final ResultSet resultSet;
    private final RowMetadata metadata;
    private final JdbcHandler<?>[] readers;
    private final long rowcount;
    private final Row insertedPrimaryKey;
    private final String sql;
    private boolean closed;
    /**
     * Why reading fails once closed, without the SQL (appended only when the error is raised: a result is
     * closed on every {@code one()}, so the message must cost nothing until then); null while open and after
     * the rows were simply all read.
     */
    private String closedReason;
    private Row peeked;
    /** Rows already read (a result assembled from several statements), or null for a cursor. */
    private List<Row> buffer;
    private int bufferPosition;

    private Result(Connection connection, PreparedStatement statement, StatementCache.Lease lease, ResultSet resultSet,
                   RowMetadata metadata, JdbcHandler<?>[] readers, long rowcount, Row insertedPrimaryKey, String sql) {
        this.connection = connection;
        this.statement = statement;
        this.lease = lease;
        this.resultSet = resultSet;
        this.metadata = metadata;
        this.readers = readers;
        this.rowcount = rowcount;
        this.insertedPrimaryKey = insertedPrimaryKey;
        this.sql = sql;
    }

    static Result rows(Connection conn, PreparedStatement ps, StatementCache.Lease lease, ResultSet rs, CompiledStatement cs) throws SQLException {
        Layout layout = cs.resultLayout() instanceof Layout l ? l : layout(conn, rs, cs);
        Result r = new Result(conn, ps, lease, rs, layout.metadata(), layout.readers(), -1, null, cs.sql());
        conn.track(r);
        return r;
    }

    /** The names and readers of a result's columns; derived once per compiled statement whose columns are known. */
    private record Layout(RowMetadata metadata, JdbcHandler<?>[] readers) {
    }

    private static Layout layout(Connection conn, ResultSet rs, CompiledStatement cs) throws SQLException {
        List<ResultColumn> cols = cs.resultColumns();
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        JdbcHandler<?>[] readers = new JdbcHandler<?>[n];
        List<String> names = new ArrayList<>(n);
        List<Object> elements = new ArrayList<>(n);
        boolean typed = cols.size() == n;
        if (!typed && cs.kind() == CompiledStatement.Kind.TEXT && !cols.isEmpty()) {
            throw new InvalidRequestError("text().columns() declares " + cols.size() + " columns but the query returns "
                    + n + ": " + cs.sql());
        }
        for (int i = 0; i < n; i++) {
            if (typed) {
                ResultColumn c = cols.get(i);
                // an expression without a type reads as untyped text() columns do: one Java class per kind
                readers[i] = c.element() == null || c.element().type() instanceof NullType
                        ? conn.dialect().untypedReader(md, i + 1) : c.handler();
                names.add(c.name() != null ? c.name() : md.getColumnLabel(i + 1));
                elements.add(c.element());
            } else {
                readers[i] = conn.dialect().untypedReader(md, i + 1);
                names.add(md.getColumnLabel(i + 1));
                elements.add(null);
            }
        }
        Layout layout = new Layout(RowMetadata.ofNames(names, elements), readers);
        if (typed && n > 0) {
            // the statement's own columns: the same SQL gives the same layout next time (text() gives whatever the driver says)
            cs.resultLayout(layout);
        }
        return layout;
    }

    static Result noRows(Connection conn, PreparedStatement ps, StatementCache.Lease lease, long count, Row pk, CompiledStatement cs) {
        if (lease != null) {
            lease.release();
        } else {
            Connection.closeQuietly(ps);
        }
        Result r = new Result(conn, null, null, null, RowMetadata.ofNames(List.of(), List.of()), new JdbcHandler<?>[0], count, pk, cs.sql());
        r.closed = true;
        return r;
    }

    /**
     * A result over rows already read, with the columns of {@code template}: insertmanyvalues joins the
     * RETURNING rows of its pages into one result this way.
     */
    static Result buffered(Connection conn, Result template, List<Row> rows, long rowcount) {
        Result r = new Result(conn, null, null, null, template.metadata, template.readers, rowcount, null, template.sql);
        r.buffer = rows;
        return r;
    }

    /** Whether this result has rows to read (a query, or DML with RETURNING). */
    public boolean returnsRows() {
        return resultSet != null || buffer != null;
    }

    /** Rows matched by an UPDATE/DELETE or inserted by an INSERT (summed for executemany; -1 if unknown). */
    public long rowcount() {
        return rowcount;
    }

    /**
     * The primary key of the row a single-row INSERT created, generated values included, as a row:
     * {@code result.insertedPrimaryKey().get(0)}.
     */
    public Row insertedPrimaryKey() {
        if (insertedPrimaryKey == null) {
            throw new InvalidRequestError("insertedPrimaryKey() is only available after a single-row insert() "
                    + "without RETURNING; statement was: " + sql);
        }
        return insertedPrimaryKey;
    }

    /** The column names. */
    public List<String> keys() {
        return metadata.names();
    }

    private Row fetch() {
        if (peeked != null) {
            Row r = peeked;
            peeked = null;
            return r;
        }
        if (closed) {
            if (closedReason != null) {
                throw new ResourceClosedError(closedReason + sql);
            }
            return null;
        }
        if (buffer != null) {
            return bufferPosition < buffer.size() ? buffer.get(bufferPosition++) : null;
        }
        try {
            if (!resultSet.next()) {
                release();
                return null;
            }
            Object[] values = new Object[readers.length];
            for (int i = 0; i < readers.length; i++) {
                values[i] = readers[i].read(resultSet, i + 1);
            }
            return new Row(metadata, values);
        } catch (SQLException e) {
            close();
            throw connection.dialect().translate(e, sql, List.of());
        }
    }

    private void requireRows() {
        if (resultSet == null && buffer == null) {
            throw new ResourceClosedError("This result object does not return rows: " + sql);
        }
    }

    /** Every remaining row. */
    public List<Row> all() {
        requireRows();
        List<Row> rows = new ArrayList<>();
        for (Row r = fetch(); r != null; r = fetch()) {
            rows.add(r);
        }
        return rows;
    }

    /** The first row or null; the rest are discarded. */
    public Row first() {
        requireRows();
        Row r = fetch();
        close();
        return r;
    }

    /** Exactly one row; {@link NoResultFound} or {@link MultipleResultsFound} otherwise. */
    public Row one() {
        Row r = oneOrNone();
        if (r == null) {
            throw new NoResultFound("No row was found when one was required: " + sql);
        }
        return r;
    }

    /** One row or null; {@link MultipleResultsFound} when there are several. */
    public Row oneOrNone() {
        requireRows();
        Row r = fetch();
        Row extra = r == null ? null : fetch();
        close();
        if (extra != null) {
            throw new MultipleResultsFound("Multiple rows were found when one or none was required: " + sql);
        }
        return r;
    }

    /** The first column of the first row, or null when there is no row. */
    @SuppressWarnings("unchecked")
    public <T> T scalar() {
        Row r = first();
        return r == null ? null : (T) r.get(0);
    }

    /**
     * The first column of the first row converted to {@code type}, or null when there is no row or the value is
     * NULL: {@code long n = conn.execute(text("SELECT count(*) FROM t")).scalar(Long.class)}. Numbers convert
     * between classes when no information is lost (a whole Double to Long, an Integer to BigDecimal); ISO text
     * converts to dates and UUIDs (SQLite stores them as text).
     *
     * @throws ArgumentError naming the value, its class and {@code type} when the conversion would lose
     *         information or there is none
     */
    public <T> T scalar(Class<T> type) {
        Row r = first();
        return r == null ? null : ValueConversion.to(r.get(0), type);
    }

    /** The first column of exactly one row converted to {@code type}, as {@link #scalar(Class)} converts. */
    public <T> T scalarOne(Class<T> type) {
        return ValueConversion.to(one().get(0), type);
    }

    /** The first column of exactly one row. */
    @SuppressWarnings("unchecked")
    public <T> T scalarOne() {
        return (T) one().get(0);
    }

    /** The first column of at most one row, or null. */
    @SuppressWarnings("unchecked")
    public <T> T scalarOneOrNone() {
        Row r = oneOrNone();
        return r == null ? null : (T) r.get(0);
    }

    /** The first column of every row. */
    public <T> ScalarResult<T> scalars() {
        requireRows();
        return new ScalarResult<>(this);
    }

    /** Every remaining row as a column-name to value map. */
    public List<Map<String, Object>> mappings() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Row r : all()) {
            out.add(r.toMap());
        }
        return out;
    }

    /** The rows as a lazy stream read from the cursor; closing the stream closes the result. */
    public Stream<Row> stream() {
        requireRows();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /** The rows in lists of at most {@code size}, read lazily: {@code for (List<Row> chunk : result.partitions(500))}. */
    public Iterable<List<Row>> partitions(int size) {
        requireRows();
        if (size < 1) {
            throw new org.jalchemy.exc.ArgumentError("partition size must be at least 1, got " + size);
        }
        return () -> new Iterator<>() {
            private List<Row> next;

            @Override public boolean hasNext() {
                if (next == null) {
                    List<Row> chunk = new ArrayList<>(size);
                    for (Row r = chunk.size() < size ? fetch() : null; r != null; r = chunk.size() < size ? fetch() : null) {
                        chunk.add(r);
                        if (chunk.size() == size) {
                            break;
                        }
                    }
                    next = chunk.isEmpty() ? null : chunk;
                }
                return next != null;
            }

            @Override public List<Row> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<Row> c = next;
                next = null;
                return c;
            }
        };
    }

    @Override public Iterator<Row> iterator() {
        requireRows();
        return new Iterator<>() {
            @Override public boolean hasNext() {
                if (peeked == null) {
                    peeked = fetch();
                }
                return peeked != null;
            }

            @Override public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row r = peeked;
                peeked = null;
                return r;
            }
        };
    }

    /** Closes the cursor; remaining rows are discarded and reading more raises ResourceClosedError. */
    @Override public void close() {
        hardClose("This result is closed; its remaining rows were discarded: ");
    }

    /** Closes the cursor because the transaction ended: rows not read by then cannot be read any more. */
    void closeWithTransaction(String why) {
        hardClose("This result was closed when " + why + "; read its rows before that: ");
    }

    private void hardClose(String reason) {
        if (closedReason == null) {
            closedReason = reason;
        }
        peeked = null;
        release();
    }

    /** Frees the cursor; reading on returns no more rows (all were read) unless a reason was set. */
    private void release() {
        if (closed) {
            return;
        }
        closed = true;
        connection.untrack(this);
        try {
            if (resultSet != null) {
                resultSet.close();
            }
        } catch (SQLException ignored) {
            // closing a cursor that the driver already closed is harmless
        } finally {
            if (lease != null) {
                lease.release();
            } else {
                Connection.closeQuietly(statement);
            }
        }
    }
}
