package org.jalchemy.orm.internal;

import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;

/**
 * What relationship loading and flushing need from a Session, without making those operations public on it. A
 * Session registers its access object here; a collection finds it from its owner's {@code InstanceState.session}.
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

    /** Flushes when the Session autoflushes (before a lazy load), unless a flush is running. */
    void autoflush();

    /** Whether every lazy load raises (the N+1 guard). */
    boolean raiseOnLazyLoad();

    /** Whether every lazy load logs a warning. */
    boolean warnOnLazyLoad();

    /**
     * Access objects of live Sessions. The values are weak too: an access object refers to its Session, and a
     * strongly held value would keep its own weak key alive.
     */
    Map<Object, WeakReference<SessionAccess>> SESSIONS = Collections.synchronizedMap(new WeakHashMap<>());

    /** Registers the access object of {@code session} (which must hold it strongly). */
    static void register(Object session, SessionAccess access) {
        SESSIONS.put(session, new WeakReference<>(access));
    }

    /** The access object of {@code session}, or null. */
    static SessionAccess of(Object session) {
        WeakReference<SessionAccess> ref = session == null ? null : SESSIONS.get(session);
        return ref == null ? null : ref.get();
    }
}
