package org.jalchemy.orm;

/**
 * One Session per thread from a factory (SQLAlchemy's {@code scoped_session}):
 * {@code scoped.get().add(x); scoped.get().commit(); scoped.remove();}.
 */
public final class ScopedSession {
    private final SessionFactory factory;
    private final ThreadLocal<Session> current = new ThreadLocal<>();

    private ScopedSession(SessionFactory factory) {
        this.factory = factory;
    }

    /** A registry of per-thread Sessions made by {@code factory}. */
    public static ScopedSession of(SessionFactory factory) {
        return new ScopedSession(factory);
    }

    /** This thread's Session, opened on first use. */
    public Session get() {
        Session s = current.get();
        if (s == null) {
            s = factory.open();
            current.set(s);
        }
        return s;
    }

    /** Whether this thread has a Session. */
    public boolean has() {
        return current.get() != null;
    }

    /** Closes this thread's Session (rolling back anything uncommitted) and forgets it. */
    public void remove() {
        Session s = current.get();
        current.remove();
        if (s != null) {
            s.close();
        }
    }
}
