package org.jalchemy.orm.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import org.jalchemy.orm.EntityBase;

/**
 * Finds the {@link InstanceState} of any object a Session has seen; every look-up of a state goes through here.
 * An {@link EntityBase} keeps its state in the object (a private field the ORM reaches through a VarHandle); any other
 * object, whose class the ORM does not change, is found in a weak identity map (entities may override
 * equals/hashCode; objects no longer referenced are dropped). Which of the two holds an object's state is a fact of
 * its class, checked here only ({@code instanceof EntityBase}, one class-hierarchy test): get and remove have no
 * mapper at hand, and a mapped class extends EntityBase exactly when its objects do.
 */
public final class StateRegistry {
    private static final ConcurrentHashMap<Object, InstanceState> STATES = new ConcurrentHashMap<>();
    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    /**
     * {@link EntityBase}'s private state field. The ORM module may look into its own classes, so this needs no
     * accessor EntityBase hands out; a constant, inlined by the JIT like a plain field access.
     */
    private static final VarHandle SLOT = slot();

    private StateRegistry() {}

    private static VarHandle slot() {
        try {
            return MethodHandles.privateLookupIn(EntityBase.class, MethodHandles.lookup())
                    .findVarHandle(EntityBase.class, "jalchemyState", InstanceState.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The state of {@code obj}, or null when no Session has seen it. */
    public static InstanceState get(Object obj) {
        if (obj instanceof EntityBase e) {
            return (InstanceState) SLOT.get(e);
        }
        return STATES.get(new Probe(obj));
    }

    /** Records {@code state} as the state of {@code obj}. */
    public static void put(Object obj, InstanceState state) {
        if (obj instanceof EntityBase e) {
            SLOT.set(e, state);
            return;
        }
        // cleared entries are removed when the map would grow, not on look-ups
        purge();
        STATES.put(new Ref(obj, QUEUE), state);
    }

    /** Forgets {@code obj} (it is transient again). */
    public static void remove(Object obj) {
        if (obj instanceof EntityBase e) {
            SLOT.set(e, (InstanceState) null);
        } else {
            STATES.remove(new Probe(obj));
        }
    }

    /** Whether {@code obj}'s state is in the weak map (not in the object): for tests and diagnostics. */
    public static boolean heldWeakly(Object obj) {
        return STATES.containsKey(new Probe(obj));
    }

    private static void purge() {
        for (Reference<?> r = QUEUE.poll(); r != null; r = QUEUE.poll()) {
            STATES.remove(r);
        }
    }

    /**
     * A map key: a weak reference compared by the identity of its referent. A cleared one equals only itself (how
     * {@link #purge} finds its entry).
     */
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
            Object mine = get();
            return mine != null && (o instanceof Ref r ? mine == r.get() : o instanceof Probe p && mine == p.referent);
        }
    }

    /** A look-up key: a plain (strong, short-lived) holder, cheaper than a reference object the GC must track. */
    private static final class Probe {
        private final Object referent;
        private final int hash;

        Probe(Object referent) {
            this.referent = referent;
            this.hash = System.identityHashCode(referent);
        }

        @Override public int hashCode() { return hash; }

        @Override public boolean equals(Object o) {
            return o == this || o instanceof Ref r && r.get() == referent;
        }
    }
}
