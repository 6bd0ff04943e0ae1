package org.jalchemy.engine;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.DBAPIError;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.exc.OperationalError;
import org.jalchemy.exc.ResourceClosedError;
import org.jalchemy.pool.StatementCache;
import org.jalchemy.sql.BindParameter;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.Executable;
import org.jalchemy.sql.compiler.BindSlot;
import org.jalchemy.sql.compiler.CompiledStatement;
import org.jalchemy.types.JdbcHandler;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.Types;

/**
 * A connection checked out from the engine's pool. A transaction begins with the first statement
 * ("commit as you go"): call {@link #commit()}; closing without it rolls back.
 * <pre>{@code
 * try (Connection conn = engine.connect()) {
 *     conn.execute(insert(users).values(Map.of("username", "x")));
 *     conn.commit();
 * }
 * }</pre>
 * Not thread-safe: one thread uses a connection at a time.
 */
public final class Connection implements AutoCloseable {
    private static final int STREAM_FETCH_SIZE = 1000;

    private final Engine engine;
    private final Dialect dialect;
    private java.sql.Connection jdbc;
    private boolean begun;
    private Transaction root;
    private final Deque<Transaction> nested = new ArrayDeque<>();
    private int savepointCounter;
    private final List<Result> openResults = new ArrayList<>();
    private StatementCache statementCache;
    private boolean statementCacheResolved;
    /** Resolves deferred statement elements (metamodel attributes): the Engine's registered resolvers unless set. */
    private org.jalchemy.sql.ElementResolver resolver;
    /** Statements sent so far (each one echo and beforeExecute see). */
    private long statementsSent;

    Connection(Engine engine) {
        this.engine = engine;
        this.dialect = engine.dialect();
        this.resolver = engine.resolvers();
        java.sql.Connection c;
        try {
            c = engine.pool().checkout();
        } catch (SQLException e) {
            throw new OperationalError(null, List.of(), wrapConnect(e));
        }
        try {
            for (EngineEvents.OnCheckout l : engine.events().onCheckout) {
                l.onCheckout(c);
            }
        } catch (SQLException | RuntimeException e) {
            // a failing listener must not keep the pooled connection checked out
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e instanceof SQLException se ? dialect.translate(se, null, List.of()) : (RuntimeException) e;
        }
        this.jdbc = c;
    }

    private SQLException wrapConnect(SQLException e) {
        URL url = engine.url();
        // host and port spelled out: the driver's message may not name them (a connect timeout, a DNS failure)
        String where = url.host() == null ? "" : " (host " + url.host() + (url.port() == null ? "" : ", port " + url.port()) + ")";
        SQLException w = new SQLException("Could not connect to " + url + where + ": " + e.getMessage(),
                e.getSQLState() == null ? "08001" : e.getSQLState(), e.getErrorCode(), e);
        return w;
    }

    /** The engine this connection came from. */
    public Engine engine() { return engine; }

    /** The engine's dialect. */
    public Dialect dialect() { return dialect; }

    /** Whether a transaction is in progress (begun explicitly or by a statement). */
    public boolean inTransaction() { return begun; }

    /** Whether a SAVEPOINT is in progress. */
    public boolean inNestedTransaction() { return !nested.isEmpty(); }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() { return jdbc == null; }

    private java.sql.Connection jdbc() {
        if (jdbc == null) {
            throw new ResourceClosedError("This Connection is closed");
        }
        return jdbc;
    }

    /**
     * Resolves the {@link org.jalchemy.sql.DeferredElement}s of the statements this connection runs (metamodel
     * attributes, ORM selects) with {@code value} from now on; null goes back to the Engine's registered resolvers.
     * An ORM Session sets its Registry's resolver on the connection it opens.
     */
    public void resolveWith(org.jalchemy.sql.ElementResolver value) {
        this.resolver = value == null ? engine.resolvers() : value;
    }

    /**
     * How many statements this connection has sent (each one {@code beforeExecute} listeners see): a cheap way for
     * a caller to tell whether some work sent any SQL.
     */
    public long statementCount() {
        return statementsSent;
    }

    /** The resolver of this connection's deferred statement elements. */
    public org.jalchemy.sql.ElementResolver resolver() {
        return resolver;
    }

    // ---- execution

    /** Executes a statement without parameters. */
    public Result execute(Executable statement) {
        return execute(statement, Map.of());
    }

    /** Executes a statement with named parameters ({@code :name} in text, bindparam, INSERT columns). */
    public Result execute(Executable statement, Map<String, ?> params) {
        return executeSingle(statement, params, 0);
    }

    /**
     * Executes once per parameter map as one JDBC batch ("executemany"); every map must have the same keys.
     * Returns a result with the total row count.
     */
    public Result execute(Executable statement, List<? extends Map<String, ?>> paramsList) {
        if (paramsList.isEmpty()) {
            throw new ArgumentError("executemany needs at least one parameter map");
        }
        if (paramsList.size() == 1) {
            return execute(statement, paramsList.get(0));
        }
        requireSameKeys(paramsList);
        if (InsertManyValues.applies(dialect, statement)) {
            return InsertManyValues.execute(this, (org.jalchemy.sql.Insert) statement, paramsList);
        }
        return executeMany(statement, paramsList);
    }

    /**
     * Executes a query whose rows are fetched from the database in batches as they are read, instead of all
     * at once; read the result with {@code stream()}, {@code partitions(n)} or iteration.
     */
    public Result stream(Executable statement, Map<String, ?> params) {
        return executeSingle(statement, params, STREAM_FETCH_SIZE);
    }

    /** {@link #stream(Executable, Map)} without parameters. */
    public Result stream(Executable statement) {
        return stream(statement, Map.of());
    }

    /** Compiles {@code statement} for execution with parameter maps shaped like {@code params}, through the engine cache. */
    private Prepared prepare(Executable statement, Map<String, ?> params) {
        return prepare(statement, params, 1);
    }

    /**
     * {@link #prepare(Executable, Map)}; {@code insertRows > 1} compiles a one-row INSERT as an insertmanyvalues
     * page of that many rows (cached per page shape: the statement's key, the parameter keys and the row count).
     */
    Prepared prepare(Executable statement, Map<String, ?> params, int insertRows) {
        Executable s = params.isEmpty() ? statement : statement.forParameterKeys(params.keySet());
        CacheKey key = s.cacheKey(resolver);
        if (insertRows > 1) {
            key = key.plus("insertmanyvalues", insertRows);
        }
        Map<String, Integer> expanding = Map.of();
        if (!params.isEmpty()) {
            for (Map.Entry<String, ?> e : params.entrySet()) {
                if (e.getValue() instanceof Collection<?> c) {
                    if (expanding.isEmpty()) {
                        expanding = new HashMap<>();
                    }
                    expanding.put(e.getKey(), c.size());
                }
            }
            if (!expanding.isEmpty()) {
                key = key.plus("expanding", expanding);
            }
        }
        Map<String, Integer> exp = expanding;
        CacheKey k = key;
        CompiledStatement compiled = s.cacheable()
                ? engine.compiledCache().get(k, () -> compiler(k, exp, insertRows).compile(s))
                : compiler(k, exp, insertRows).compile(s);
        return new Prepared(compiled, k);
    }

    private org.jalchemy.sql.compiler.SqlCompiler compiler(CacheKey key, Map<String, Integer> expanding, int insertRows) {
        var compiler = dialect.newCompiler(key, expanding);
        return insertRows > 1 ? compiler.insertManyValues(insertRows) : compiler;
    }

    /** A compiled statement and the cache key whose bound values feed its markers. */
    record Prepared(CompiledStatement compiled, CacheKey key) {
    }

    private Result executeSingle(Executable statement, Map<String, ?> params, int fetchSize) {
        Prepared p = prepare(statement, params);
        CompiledStatement cs = p.compiled();
        return executeCompiled(statement, cs, cs.values(p.key().binds(), params), fetchSize);
    }

    /** Executes {@code cs} (compiled from {@code statement}) once with the marker values {@code values}. */
    Result executeCompiled(Executable statement, CompiledStatement cs, Object[] values, int fetchSize) {
        java.sql.Connection c = jdbc();
        String sql = cs.sql();
        List<Object> valueList = Arrays.asList(values);
        autobegin();
        before(sql, valueList);
        PreparedStatement ps = null;
        StatementCache.Lease lease = null;
        try {
            StatementCache cache = fetchSize > 0 ? null : statementCache(c);
            if (cache != null) {
                // raw JDBC code keeps its PreparedStatement; reusing one per physical connection does the same
                lease = cache.lease(statementCacheKey(cs), j -> prepareOn(j, cs));
                ps = lease.statement();
            } else {
                ps = prepareOn(c, cs);
                if (fetchSize > 0) {
                    ps.setFetchSize(fetchSize);
                }
            }
            bind(ps, cs.slots(), values);
            Result result;
            if (cs.returnsRows()) {
                if (cs.kind() == CompiledStatement.Kind.SELECT) {
                    // executeQuery: some drivers (SQLite) do work in execute() that only DML needs
                    result = Result.rows(this, ps, lease, ps.executeQuery(), cs);
                } else {
                    boolean hasRows = ps.execute();
                    result = hasRows ? Result.rows(this, ps, lease, ps.getResultSet(), cs)
                            : Result.noRows(this, ps, lease, ps.getUpdateCount(), null, cs);
                }
            } else {
                int count = ps.executeUpdate();
                Row pk = cs.kind() == CompiledStatement.Kind.INSERT ? insertedKey(statement, ps, cs, values) : null;
                result = Result.noRows(this, ps, lease, count, pk, cs);
            }
            after(sql, valueList);
            return result;
        } catch (SQLException e) {
            if (lease != null) {
                lease.discard();
            } else {
                closeQuietly(ps);
            }
            throw dialect.translate(e, sql, valueList);
        }
    }

    private static PreparedStatement prepareOn(java.sql.Connection c, CompiledStatement cs) throws SQLException {
        return cs.generatedKeyColumns().isEmpty() ? c.prepareStatement(cs.sql())
                : c.prepareStatement(cs.sql(), cs.generatedKeyColumns().toArray(new String[0]));
    }

    /** The SQL identifies a cached statement, together with the generated-key columns it was prepared for. */
    private static String statementCacheKey(CompiledStatement cs) {
        return cs.generatedKeyColumns().isEmpty() ? cs.sql() : cs.sql() + '\u0000' + String.join(",", cs.generatedKeyColumns());
    }

    /** The physical connection's statement cache (looked up once per checkout), or null if it has none. */
    private StatementCache statementCache(java.sql.Connection c) {
        if (!statementCacheResolved) {
            statementCache = StatementCache.of(c);
            statementCacheResolved = true;
        }
        return statementCache;
    }

    private Result executeMany(Executable statement, List<? extends Map<String, ?>> paramsList) {
        java.sql.Connection c = jdbc();
        Prepared p = prepare(statement, paramsList.get(0));
        CompiledStatement cs = p.compiled();
        String sql = cs.sql();
        List<BindParameter<?>> binds = p.key().binds();
        Object[][] rows = new Object[paramsList.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = cs.values(binds, paramsList.get(i));
        }
        // a view for listeners and errors: each row's list is made only if someone looks at it
        List<List<Object>> all = new AbstractList<>() {
            @Override public List<Object> get(int index) { return Arrays.asList(rows[index]); }
            @Override public int size() { return rows.length; }
        };
        autobegin();
        before(sql, all);
        PreparedStatement ps = null;
        StatementCache.Lease lease = null;
        try {
            StatementCache cache = cs.generatedKeyColumns().isEmpty() ? statementCache(c) : null;
            if (cache != null) {
                // the same UPDATE sent chunk after chunk is compiled by the driver once, as raw JDBC code keeps it
                lease = cache.lease(sql, j -> j.prepareStatement(sql));
                ps = lease.statement();
            } else {
                ps = c.prepareStatement(sql);
            }
            List<BindSlot> slots = cs.slots();
            BatchHandlers handlers = new BatchHandlers(slots);
            for (Object[] values : rows) {
                handlers.bind(ps, values);
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            long total = 0;
            boolean known = true;
            for (int n : counts) {
                if (n >= 0) {
                    total += n;
                } else {
                    known = false;
                }
            }
            after(sql, all);
            return Result.noRows(this, ps, lease, known ? total : -1, null, cs);
        } catch (SQLException e) {
            if (lease != null) {
                lease.discard();
            } else {
                closeQuietly(ps);
            }
            throw dialect.translate(e, sql, new ArrayList<>(all));
        }
    }

    /**
     * The handlers of one batch's slots: a slot typed only by its value looks its handler up once per value
     * class instead of once per row ({@link Types#forValue} gives one type instance per class).
     */
    private final class BatchHandlers {
        private final List<BindSlot> slots;
        private final SqlType<?>[] lastType;
        private final JdbcHandler<Object>[] lastHandler;

        @SuppressWarnings("unchecked")
        BatchHandlers(List<BindSlot> slots) {
            this.slots = slots;
            this.lastType = new SqlType<?>[slots.size()];
            this.lastHandler = new JdbcHandler[slots.size()];
        }

        void bind(PreparedStatement ps, Object[] values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                JdbcHandler<Object> h = slots.get(i).handler();
                if (h == null) {
                    SqlType<?> t = Types.forValue(v);
                    if (t != lastType[i]) {
                        @SuppressWarnings("unchecked")
                        SqlType<Object> typed = (SqlType<Object>) t;
                        lastHandler[i] = dialect.handler(typed);
                        lastType[i] = t;
                    }
                    h = lastHandler[i];
                }
                h.bindNullable(ps, i + 1, v);
            }
        }
    }

    /**
     * Every parameter map of an executemany must have the first one's keys: the statement is compiled from
     * the first, so a key only some later maps have would be dropped from those rows without a word.
     */
    private static void requireSameKeys(List<? extends Map<String, ?>> paramsList) {
        Map<String, ?> firstMap = paramsList.get(0);
        java.util.Set<String> first = firstMap.keySet();
        String[] names = first.toArray(new String[0]);
        for (int i = 1; i < paramsList.size(); i++) {
            Map<String, ?> m = paramsList.get(i);
            // the same size and every first key present is set equality, without the iterators keySet().equals() makes per row
            boolean same = m.size() == names.length;
            for (int k = 0; same && k < names.length; k++) {
                same = m.containsKey(names[k]);
            }
            if (!same) {
                java.util.Set<String> keys = m.keySet();
                throw new ArgumentError("Parameter map " + i + " of an executemany has keys " + new java.util.TreeSet<>(keys)
                        + " but the first map has " + new java.util.TreeSet<>(first)
                        + "; every map must have the same keys (use null values for missing ones)");
            }
        }
    }

    private void bind(PreparedStatement ps, List<BindSlot> slots, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            JdbcHandler<Object> h = slots.get(i).handler();
            if (h == null) {
                @SuppressWarnings("unchecked")
                SqlType<Object> t = (SqlType<Object>) Types.forValue(v);
                h = dialect.handler(t);
            }
            h.bindNullable(ps, i + 1, v);
        }
    }

    /** The primary key of the row just inserted: values given in the INSERT, generated ones from the driver. */
    private Row insertedKey(Executable statement, PreparedStatement ps, CompiledStatement cs, Object[] values) throws SQLException {
        if (!(statement instanceof org.jalchemy.sql.Insert insert)) {
            return null;
        }
        var pkCols = insert.table().primaryKeyColumns();
        Object[] pk = new Object[pkCols.size()];
        Map<org.jalchemy.schema.Column<?>, ?> given = insert.rows().isEmpty() ? Map.of() : insert.rows().get(0);
        ResultSet keys = cs.generatedKeyColumns().isEmpty() ? null : ps.getGeneratedKeys();
        try {
            boolean haveKeys = keys != null && keys.next();
            for (int i = 0; i < pk.length; i++) {
                var col = pkCols.get(i);
                int gi = cs.generatedKeyColumns().indexOf(col.name());
                if (gi >= 0 && haveKeys) {
                    pk[i] = col.type().coerce(keys.getObject(keys.getMetaData().getColumnCount() == 1 ? 1 : gi + 1));
                } else if (given.get(col) instanceof org.jalchemy.sql.BindParameter<?> b) {
                    pk[i] = b.fromParams() ? valueOfNamed(cs, b.key(), values) : b.value();
                }
            }
        } finally {
            if (keys != null) {
                keys.close();
            }
        }
        List<String> names = new ArrayList<>();
        for (var col : pkCols) {
            names.add(col.name());
        }
        return new Row(RowMetadata.ofNames(names, new ArrayList<>(pkCols)), pk);
    }

    private static Object valueOfNamed(CompiledStatement cs, String name, Object[] values) {
        List<BindSlot> slots = cs.slots();
        for (int i = 0; i < slots.size(); i++) {
            if (name.equals(slots.get(i).name())) {
                return values[i];
            }
        }
        return null;
    }

    private void before(String sql, List<?> params) {
        statementsSent++;
        if (engine.echo()) {
            engine.log().info(sql);
            if (!params.isEmpty()) {
                engine.log().info("[parameters] {}", params);
            }
        }
        for (EngineEvents.BeforeExecute l : engine.events().beforeExecute) {
            l.beforeExecute(this, sql, params);
        }
    }

    /** A statement outside a transaction begins one ("commit as you go"); echo shows it as SQLAlchemy does. */
    private void autobegin() {
        if (!begun) {
            begun = true;
            if (engine.echo()) {
                engine.log().info("BEGIN (implicit)");
            }
        }
    }

    private void after(String sql, List<?> params) {
        for (EngineEvents.AfterExecute l : engine.events().afterExecute) {
            l.afterExecute(this, sql, params);
        }
    }

    static void closeQuietly(Statement s) {
        if (s != null) {
            try {
                s.close();
            } catch (SQLException ignored) {
                // already failing; the original error is what matters
            }
        }
    }

    void track(Result r) {
        openResults.add(r);
    }

    void untrack(Result r) {
        openResults.remove(r);
    }

    // ---- transactions

    /**
     * Begins the transaction explicitly; commit or roll back through the returned object.
     *
     * @throws InvalidRequestError when a transaction is already in progress
     */
    public Transaction begin() {
        return begin(TransactionIntent.DEFAULT);
    }

    /**
     * Begins the transaction explicitly for {@code intent}: {@link TransactionIntent#WRITE} makes SQLite take the
     * write lock now ({@code BEGIN IMMEDIATE}, waiting up to the busy timeout); other databases begin as usual.
     *
     * @throws InvalidRequestError when a transaction is already in progress
     * @throws OperationalError when SQLite's write lock stays taken for the busy timeout (nothing has begun then)
     */
    public Transaction begin(TransactionIntent intent) {
        jdbc();
        if (begun) {
            throw new InvalidRequestError("This connection has already begun a transaction (a statement begins one "
                    + "implicitly); commit() or rollback() it before begin()");
        }
        if (intent == null) {
            throw new ArgumentError("begin() needs a TransactionIntent, got null");
        }
        String sql = dialect.beginStatement(engine.url(), intent);
        if (sql == null) {
            if (engine.echo()) {
                engine.log().info("BEGIN");
            }
        } else {
            run(sql, j -> {
                dialect.begin(j, intent);
                return null;
            });
        }
        begun = true;
        root = new Transaction(this, null);
        return root;
    }

    /** Begins a SAVEPOINT; rolling it back undoes only what ran since. */
    public Transaction beginNested() {
        jdbc();
        autobegin();
        String name = "sa_savepoint_" + (++savepointCounter);
        var sp = run("SAVEPOINT " + name, j -> j.setSavepoint(name));
        Transaction t = new Transaction(this, sp);
        nested.push(t);
        return t;
    }

    void popNested(Transaction t) {
        while (!nested.isEmpty()) {
            Transaction top = nested.pop();
            if (top == t) {
                return;
            }
            top.deactivate();
        }
    }

    /**
     * Commits what ran since the transaction began. A COMMIT the database refuses (a serialization failure, a deadlock
     * victim, a deferred constraint, SQLITE_BUSY) raises its {@code org.jalchemy.exc} error after the transaction has
     * been rolled back: nothing of it stays, and the connection is ready for the next {@link #begin()}.
     */
    public void commit() {
        jdbc();
        closeResults("the transaction was committed");
        try {
            run("COMMIT", j -> {
                j.commit();
                return null;
            });
        } catch (DBAPIError e) {
            // PostgreSQL has already ended the transaction; SQLite (deferred key, BUSY) and MariaDB (lock wait timeout)
            // keep it open, and a connection left in it would hold its locks and refuse the next begin()
            rollbackAfterFailedCommit(e);
            throw e;
        } finally {
            endTransaction();
        }
    }

    private void rollbackAfterFailedCommit(DBAPIError failure) {
        try {
            run("ROLLBACK", j -> {
                j.rollback();
                return null;
            });
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Rolls back what ran since the transaction began. The connection leaves the transaction even when the ROLLBACK
     * fails (the error is raised; the pool discards a broken connection).
     */
    public void rollback() {
        jdbc();
        closeResults("the transaction was rolled back");
        try {
            run("ROLLBACK", j -> {
                j.rollback();
                return null;
            });
        } finally {
            endTransaction();
        }
    }

    void rollbackQuietly(Throwable cause) {
        if (jdbc == null) {
            return;
        }
        try {
            rollback();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private void endTransaction() {
        begun = false;
        if (root != null) {
            root.deactivate();
            root = null;
        }
        for (Transaction t : nested) {
            t.deactivate();
        }
        nested.clear();
    }

    private void closeResults(String why) {
        for (Result r : new ArrayList<>(openResults)) {
            r.closeWithTransaction(why);
        }
        openResults.clear();
    }

    /**
     * Runs {@code work} on the underlying JDBC connection (inside this connection's transaction), translating
     * SQLExceptions into {@code org.jalchemy.exc} errors.
     */
    public <R> R withJdbc(JdbcWork<R> work) {
        return run(null, work);
    }

    /**
     * Runs {@code work}, which sends {@code sql} with {@code params} through the JDBC connection itself (the
     * dialects' catalogue queries do): echo and the beforeExecute / afterExecute listeners see it like any other
     * statement, and a failure names the SQL and its parameters.
     * <pre>{@code conn.withJdbc("SELECT 1 FROM pg_tables WHERE tablename = ?", List.of("users"), jdbc -> ...)}</pre>
     */
    public <R> R withJdbc(String sql, List<?> params, JdbcWork<R> work) {
        jdbc();
        autobegin();
        before(sql, params);
        R out;
        try {
            out = work.apply(jdbc());
        } catch (SQLException e) {
            throw dialect.translate(e, sql, new ArrayList<>(params));
        }
        after(sql, params);
        return out;
    }

    <R> R run(String what, JdbcWork<R> work) {
        if (what != null && engine.echo()) {
            engine.log().info(what);
        }
        try {
            return work.apply(jdbc());
        } catch (SQLException e) {
            DBAPIError err = dialect.translate(e, what, List.of());
            throw err;
        }
    }

    /** Returns the connection to the pool, rolling back anything not committed. */
    @Override public void close() {
        if (jdbc == null) {
            return;
        }
        try {
            closeResults("its connection was closed");
            if (begun) {
                try {
                    jdbc.rollback();
                } catch (SQLException ignored) {
                    // the pool discards a broken connection; nothing to undo on a dead one
                }
            }
            endTransaction();
            jdbc.close();
        } catch (SQLException e) {
            throw dialect.translate(e, null, List.of());
        } finally {
            jdbc = null;
        }
    }
}
