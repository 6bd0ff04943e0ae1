package org.jalchemy.orm;

import java.util.function.Consumer;
import java.util.function.Function;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.ArgumentError;

/**
 * Makes {@link Session}s bound to one engine, with shared settings and events (SQLAlchemy's {@code sessionmaker}).
 * <pre>{@code
 * SessionFactory sessions = SessionFactory.of(engine);
 * try (Session session = sessions.open()) { ... session.commit(); }
 * sessions.transaction(session -> session.add(user));
 * }</pre>
 * Thread-safe; the Sessions it makes are not (use one per thread, or {@link ScopedSession}).
 */
public final class SessionFactory {
    private final Engine engine;
    private final boolean autoflush;
    private final boolean expireOnCommit;
    private final Registry registry;
    private final boolean raiseOnLazyLoad;
    private final boolean warnOnLazyLoad;
    private final LazyLoadAutoflush lazyLoadAutoflush;
    private final SessionEvents events = new SessionEvents();
    /** The SELECT by primary key of each mapper (get, reload), built once. */
    private final java.util.Map<org.jalchemy.orm.internal.Mapper, org.jalchemy.sql.Select> byKey = new java.util.concurrent.ConcurrentHashMap<>();

    private SessionFactory(Builder b) {
        this.engine = b.engine;
        this.autoflush = b.autoflush;
        this.expireOnCommit = b.expireOnCommit;
        this.registry = b.registry;
        this.raiseOnLazyLoad = b.raiseOnLazyLoad;
        this.warnOnLazyLoad = b.warnOnLazyLoad;
        this.lazyLoadAutoflush = b.lazyLoadAutoflush;
    }

    /** A factory with the defaults: autoflush on, expire on commit on, classes found in any Registry. */
    public static SessionFactory of(Engine engine) {
        return builder(engine).build();
    }

    /** A builder for a factory with settings. */
    public static Builder builder(Engine engine) {
        return new Builder(engine);
    }

    /** A new Session; close it when done (uncommitted work is rolled back). */
    public Session open() {
        return new Session(this);
    }

    /** The name of the parameter carrying the {@code i}-th primary-key value in {@link #selectByKey}. */
    static String keyParameter(int i) {
        return "jalchemy_pk_" + i;
    }

    /** {@code SELECT <columns> FROM <table> WHERE <pk> = :jalchemy_pk_0 ...}, restricted to the mapper's class. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    org.jalchemy.sql.Select selectByKey(org.jalchemy.orm.internal.Mapper m) {
        return byKey.computeIfAbsent(m, mapper -> {
            org.jalchemy.sql.Select q = mapper.keySelect();    // a concrete-table class: its own table only
            for (int i = 0; i < mapper.primaryKey().size(); i++) {
                org.jalchemy.sql.ColumnElement col = mapper.primaryKey().get(i).column();
                q = q.where(col.eq(org.jalchemy.Sql.bindparam(keyParameter(i), col.type())));
            }
            return q;
        });
    }

    /** Runs {@code work} in a new Session and commits; rolls back and rethrows if it throws. */
    public void transaction(Consumer<Session> work) {
        transactionResult(s -> {
            work.accept(s);
            return null;
        });
    }

    /** Like {@link #transaction}, returning what {@code work} returns. */
    public <R> R transactionResult(Function<Session, R> work) {
        try (Session s = open()) {
            R r;
            try {
                r = work.apply(s);
                s.commit();
            } catch (RuntimeException | Error e) {
                try {
                    s.rollback();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            return r;
        }
    }

    /** Listeners of this factory's Sessions. */
    public SessionEvents events() { return events; }

    /** The engine. */
    public Engine engine() { return engine; }

    /** Whether Sessions flush before queries and {@code get} misses. */
    public boolean autoflush() { return autoflush; }

    /** Whether commit expires every object so it is reloaded on its next Session access. */
    public boolean expireOnCommit() { return expireOnCommit; }

    /** The registry classes are looked up in, or null for "the registry that last mapped the class". */
    public Registry registry() { return registry; }

    /** Whether every lazy load raises {@link org.jalchemy.orm.exc.LazyLoadError} (the N+1 guard). */
    public boolean raiseOnLazyLoad() { return raiseOnLazyLoad; }

    /** Whether every lazy load logs a warning (logger {@code org.jalchemy.orm.lazyload}). */
    public boolean warnOnLazyLoad() { return warnOnLazyLoad; }

    /** What the autoflush before a lazy load looks for. */
    public LazyLoadAutoflush lazyLoadAutoflush() { return lazyLoadAutoflush; }

    /** Settings for a {@link SessionFactory}. */
    public static final class Builder {
        private final Engine engine;
        private boolean autoflush = true;
        private boolean expireOnCommit = true;
        private Registry registry;
        private boolean raiseOnLazyLoad;
        private boolean warnOnLazyLoad;
        private LazyLoadAutoflush lazyLoadAutoflush = LazyLoadAutoflush.COMPARE;

        Builder(Engine engine) {
            if (engine == null) {
                throw new ArgumentError("SessionFactory needs an engine");
            }
            this.engine = engine;
        }

        /** Flush before queries and {@code get} misses (default true). */
        public Builder autoflush(boolean value) {
            this.autoflush = value;
            return this;
        }

        /** Expire every object on commit (default true). */
        public Builder expireOnCommit(boolean value) {
            this.expireOnCommit = value;
            return this;
        }

        /** Look classes up in this registry only (default: the registry that last mapped each class). */
        public Builder registry(Registry value) {
            this.registry = value;
            return this;
        }

        /** Make every lazy load raise {@link org.jalchemy.orm.exc.LazyLoadError} before any SQL (default false): catches N+1 patterns in tests. */
        public Builder raiseOnLazyLoad(boolean value) {
            this.raiseOnLazyLoad = value;
            return this;
        }

        /** Log a warning for every lazy load (default false). */
        public Builder warnOnLazyLoad(boolean value) {
            this.warnOnLazyLoad = value;
            return this;
        }

        /**
         * What the autoflush before a lazy load looks for (default {@link LazyLoadAutoflush#COMPARE}, as SQLAlchemy;
         * {@link LazyLoadAutoflush#RECORDED} makes lazy loads O(1) in the Session's size).
         */
        public Builder lazyLoadAutoflush(LazyLoadAutoflush value) {
            if (value == null) {
                throw new ArgumentError("lazyLoadAutoflush needs a value, got null");
            }
            this.lazyLoadAutoflush = value;
            return this;
        }

        /** The factory. */
        public SessionFactory build() {
            return new SessionFactory(this);
        }
    }
}
