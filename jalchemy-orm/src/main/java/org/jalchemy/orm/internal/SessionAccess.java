package org.jalchemy.orm.internal;

import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;

/**
 * What relationship loading and flushing need from a Session, without making those operations public on it. A
 * collection finds it from its owner's {@code InstanceState.session} through {@link #of}.
 */
public interface SessionAccess {
    /** The Session's connection (a transaction begins if none is in progress). */
    Connection connection();

    /** The object for a row selected as {@code m.columns()} at {@code offset}, through the identity map. */
    Object load(Mapper m, Row row, int offset);

    /** The persistent object with {@code key} in the identity map or null; sends no SQL. */
    Object identity(IdentityKey key);

    /** Adds an object to the Session (cascade). */
    void add(Object obj);

    /** Marks an object for deletion (cascade). */
    void delete(Object obj);

    /** Every object attached to the Session and its state. */
    Map<Object, InstanceState> attached();

    /** Flushes when the Session autoflushes, unless a flush is running. */
    void autoflush();

    /**
     * Before the lazy load of {@code r}: flushes when the Session autoflushes and may hold a change the load would
     * see (see {@link AutoflushCheck}), unless a flush is running.
     */
    void autoflush(RelationshipProperty r);

    /** A JAlchemy collection of an object of this Session changed for the first time since the last flush. */
    void collectionChanged();

    /** Whether every lazy load raises (the N+1 guard). */
    boolean raiseOnLazyLoad();

    /** Whether every lazy load logs a warning. */
    boolean warnOnLazyLoad();

    /**
     * How the access object of a Session is found: set once by the Session class. A look-up through the Session
     * itself, because a registry of every Session opened (a weak map) cost a synchronized insert per {@code open()}.
     */
    java.util.concurrent.atomic.AtomicReference<java.util.function.Function<Object, SessionAccess>> RESOLVER =
            new java.util.concurrent.atomic.AtomicReference<>(session -> null);

    /** Sets how the access object of a Session is found (called by the Session class when it is initialised). */
    static void resolveWith(java.util.function.Function<Object, SessionAccess> resolver) {
        RESOLVER.set(resolver);
    }

    /** The access object of {@code session}, or null. */
    static SessionAccess of(Object session) {
        return session == null ? null : RESOLVER.get().apply(session);
    }
}
