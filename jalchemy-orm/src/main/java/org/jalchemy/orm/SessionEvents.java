package org.jalchemy.orm;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jalchemy.orm.internal.FlushHook;

/**
 * Listeners of the Sessions of one {@link SessionFactory}: session-wide ({@code beforeFlush}, {@code afterFlush},
 * {@code afterCommit}, {@code afterRollback}) and per entity class ({@code beforeInsert(User.class, u -> ...)},
 * also for subclasses). Register them before opening Sessions.
 */
public final class SessionEvents {
    private final List<Consumer<Session>> beforeFlush = new CopyOnWriteArrayList<>();
    private final List<Consumer<Session>> afterFlush = new CopyOnWriteArrayList<>();
    private final List<Consumer<Session>> afterCommit = new CopyOnWriteArrayList<>();
    private final List<Consumer<Session>> afterRollback = new CopyOnWriteArrayList<>();
    private final Map<FlushHook, List<EntityListener>> entity = new ConcurrentHashMap<>();

    private record EntityListener(Class<?> type, Consumer<Object> listener) {
    }

    SessionEvents() {
    }

    /** Called at the start of every flush that has something to do, before changes are collected. */
    public SessionEvents beforeFlush(Consumer<Session> listener) {
        beforeFlush.add(listener);
        return this;
    }

    /** Called after a flush's statements succeeded. */
    public SessionEvents afterFlush(Consumer<Session> listener) {
        afterFlush.add(listener);
        return this;
    }

    /** Called after the Session's transaction committed. */
    public SessionEvents afterCommit(Consumer<Session> listener) {
        afterCommit.add(listener);
        return this;
    }

    /** Called after the Session's transaction rolled back. */
    public SessionEvents afterRollback(Consumer<Session> listener) {
        afterRollback.add(listener);
        return this;
    }

    /** Called for each {@code type} object just before its INSERT (it may still change the object). */
    public <T> SessionEvents beforeInsert(Class<T> type, Consumer<? super T> listener) {
        return entity(FlushHook.BEFORE_INSERT, type, listener);
    }

    /** Called for each {@code type} object after its INSERT (its generated key is set). */
    public <T> SessionEvents afterInsert(Class<T> type, Consumer<? super T> listener) {
        return entity(FlushHook.AFTER_INSERT, type, listener);
    }

    /** Called for each changed {@code type} object before its UPDATE (it may still change the object). */
    public <T> SessionEvents beforeUpdate(Class<T> type, Consumer<? super T> listener) {
        return entity(FlushHook.BEFORE_UPDATE, type, listener);
    }

    /** Called for each {@code type} object before its DELETE. */
    public <T> SessionEvents beforeDelete(Class<T> type, Consumer<? super T> listener) {
        return entity(FlushHook.BEFORE_DELETE, type, listener);
    }

    @SuppressWarnings("unchecked")
    private <T> SessionEvents entity(FlushHook hook, Class<T> type, Consumer<? super T> listener) {
        entity.computeIfAbsent(hook, k -> new CopyOnWriteArrayList<>()).add(new EntityListener(type, (Consumer<Object>) listener));
        return this;
    }

    void fireEntity(FlushHook hook, Object obj) {
        List<EntityListener> ls = entity.get(hook);
        if (ls != null) {
            for (EntityListener l : ls) {
                if (l.type().isInstance(obj)) {
                    l.listener().accept(obj);
                }
            }
        }
    }

    void fireBeforeFlush(Session s) { beforeFlush.forEach(l -> l.accept(s)); }

    void fireAfterFlush(Session s) { afterFlush.forEach(l -> l.accept(s)); }

    void fireAfterCommit(Session s) { afterCommit.forEach(l -> l.accept(s)); }

    void fireAfterRollback(Session s) { afterRollback.forEach(l -> l.accept(s)); }
}
