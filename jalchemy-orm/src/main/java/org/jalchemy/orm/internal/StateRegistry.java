package org.jalchemy.orm.internal;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the {@link InstanceState} of any object a Session has seen, without changing the user's class: a
 * weak identity map (entities may override equals/hashCode; objects no longer referenced are dropped).
 */
public final class StateRegistry {
    private static final ConcurrentHashMap<Ref, InstanceState> STATES = new ConcurrentHashMap<>();
    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();

    private StateRegistry() {}

    /** The state of {@code obj}, or null when no Session has seen it. */
    public static InstanceState get(Object obj) {
        purge();
        return STATES.get(new Ref(obj, null));
    }

    /** Records {@code state} as the state of {@code obj}. */
    public static void put(Object obj, InstanceState state) {
        purge();
        STATES.put(new Ref(obj, QUEUE), state);
    }

    /** Forgets {@code obj} (it is transient again). */
    public static void remove(Object obj) {
        STATES.remove(new Ref(obj, null));
    }

    private static void purge() {
        for (Reference<?> r = QUEUE.poll(); r != null; r = QUEUE.poll()) {
            STATES.remove(r);
        }
    }

    /** A weak reference compared by the identity of its referent. */
    private static final class Ref extends WeakReference<Object> {
        private final int hash;

        Ref(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override public int hashCode() { return hash; }

        @Override public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Ref r)) {
                return false;
            }
            Object mine = get();
            return mine != null && mine == r.get();
        }
    }
}
