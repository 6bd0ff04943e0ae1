package org.jalchemy.orm;

import org.jalchemy.orm.exc.UnmappedClassError;
import org.jalchemy.orm.internal.InstanceState;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.orm.internal.Mappers;
import org.jalchemy.orm.internal.Relationships;
import org.jalchemy.orm.internal.StateRegistry;

/**
 * Keeps both sides of a new entity's relationships in step before it is added to a Session. A Session puts its own
 * collections into an entity's collection fields at {@code session.add}; calling {@link #collections} (typically at
 * the end of the constructor) does it at once, so that {@code user.addresses.add(a)} sets {@code a.user} even on an
 * object no Session has seen. See docs/orm-relationships.md.
 */
public final class Tracked {
    private Tracked() {}

    /**
     * Puts JAlchemy's collections into {@code entity}'s relationship collection fields, keeping their elements (whose
     * reverse side is set now). Does nothing for an object already in a Session. Returns {@code entity}.
     *
     * @throws UnmappedClassError when the entity's class is not mapped yet (map it before creating such objects)
     */
    public static <T> T collections(T entity) {
        if (entity == null) {
            throw new org.jalchemy.exc.ArgumentError("Tracked.collections() needs an object, got null");
        }
        Mapper m = Mappers.find(entity.getClass());
        if (m == null) {
            throw new UnmappedClassError("Class " + entity.getClass().getName() + " is not mapped; call registry.map("
                    + entity.getClass().getSimpleName() + ".class) before Tracked.collections(...)");
        }
        InstanceState st = StateRegistry.get(entity);
        if (st == null || st.session == null) {
            Relationships.track(entity, m);
        }
        return entity;
    }
}
