package org.jalchemy.orm;

import org.jalchemy.orm.internal.InstanceState;

/**
 * Optional base class for entities: extend it to let the ORM keep each object's state in the object instead of a
 * global weak map: faster loading, less GC (as SQLAlchemy's {@code _sa_instance_state}). Behaviour is the same as
 * for a plain class; records cannot extend it and stay in the weak map.
 *
 * <p>The state slot is private and has no accessor a subclass could call: the ORM's internals reach it with a
 * private-access VarHandle of their own module (no other module can). The slot is {@code transient} (a
 * deserialized copy is a new, transient object) and {@link #clone()} clears it in the copy.
 */
public abstract class EntityBase {

    /** What the ORM knows about this object, or null while no Session has seen it. */
    private transient InstanceState jalchemyState;

    /** For subclasses. */
    protected EntityBase() {}

    /**
     * A copy made with {@code super.clone()} is a new object no Session has seen: the copy does not share this
     * object's state (it would otherwise count as the same row, attached to the same Session).
     *
     * @throws CloneNotSupportedException when the subclass does not implement {@link Cloneable}
     */
    @Override protected Object clone() throws CloneNotSupportedException {
        EntityBase copy = (EntityBase) super.clone();
        copy.jalchemyState = null;
        return copy;
    }
}
