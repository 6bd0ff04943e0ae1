package org.jalchemy.orm;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jalchemy.orm.exc.UnmappedClassError;
import org.jalchemy.orm.internal.InstanceState;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.orm.internal.RelationshipProperty;
import org.jalchemy.orm.internal.Relationships;
import org.jalchemy.orm.internal.StateRegistry;

/**
 * Keeps both sides of a new entity's relationships in step before it is added to a Session. A Session puts its own
 * collections into an entity's collection fields at {@code session.add}; calling {@link #collections} (typically at
 * the end of the constructor) does it at once, so that {@code user.addresses.add(a)} sets {@code a.user} even on an
 * object no Session has seen. See docs/orm-relationships.md.
 *
 * <p>No Registry is at hand in a constructor, so {@link #collections(Object)} follows the class's annotations: its
 * mapping as a Registry of its own would make it ({@link #ANNOTATED}, computed once per class). When the object is
 * added to a Session, each collection is taken over by the relationship of the Session's Registry. A relationship
 * whose association table is a Core table of the application's MetaData (not described by annotations) needs the
 * Registry: {@link #collections(Registry, Object)}.
 */
public final class Tracked {
    /**
     * Per entity class, its mapper in a Registry that maps it with its mapped superclasses and the classes its
     * relationships reach, exactly as their annotations say. Derived only from the classes' annotations (a constant
     * per class, as the metamodel is), never from a Registry the application built.
     */
    private static final ClassValue<Mapper> ANNOTATED = new ClassValue<>() {
        @Override protected Mapper computeValue(Class<?> type) {
            Registry own = new Registry();
            own.map(reachable(type).toArray(new Class<?>[0]));
            return own.mapper(type);
        }
    };

    private Tracked() {}

    /**
     * Puts JAlchemy's collections into {@code entity}'s relationship collection fields, keeping their elements (whose
     * reverse side is set now). Does nothing for an object already in a Session. Returns {@code entity}.
     *
     * @throws UnmappedClassError when the entity's class is not an {@link Entity}
     */
    public static <T> T collections(T entity) {
        return track(entity, null);
    }

    /**
     * As {@link #collections(Object)}, with the relationships as {@code registry} maps them.
     *
     * @throws UnmappedClassError when the registry does not map the entity's class
     */
    public static <T> T collections(Registry registry, T entity) {
        if (registry == null) {
            throw new org.jalchemy.exc.ArgumentError("Tracked.collections(registry, entity) needs a registry, got null");
        }
        return track(entity, registry);
    }

    private static <T> T track(T entity, Registry registry) {
        if (entity == null) {
            throw new org.jalchemy.exc.ArgumentError("Tracked.collections() needs an object, got null");
        }
        Class<?> type = entity.getClass();
        if (!isEntity(type)) {
            throw new UnmappedClassError("Class " + type.getName() + " is not mapped: it is no @Entity; annotate it and call "
                    + "registry.map(" + type.getSimpleName() + ".class) before Tracked.collections(...)");
        }
        InstanceState st = StateRegistry.get(entity);
        if (st == null || st.session == null) {
            Relationships.track(entity, registry != null ? registry.mapper(type) : ANNOTATED.get(type));
        }
        return entity;
    }

    /** Whether {@code type} or a superclass is annotated {@link Entity}. */
    static boolean isEntity(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Entity.class)) {
                return true;
            }
        }
        return false;
    }

    /** {@code type}, its entity superclasses, and every entity class reachable through relationship fields. */
    private static Set<Class<?>> reachable(Class<?> type) {
        Set<Class<?>> out = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(type);
        while (!todo.isEmpty()) {
            Class<?> t = todo.poll();
            if (!t.isAnnotationPresent(Entity.class) || !out.add(t)) {
                continue;
            }
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                if (c != t && c.isAnnotationPresent(Entity.class)) {
                    todo.add(c);
                }
                for (Field f : c.getDeclaredFields()) {
                    if (RelationshipProperty.isRelationship(f)) {
                        todo.add(target(f));
                    }
                }
            }
        }
        return out;
    }

    private static Class<?> target(Field f) {
        if (Collection.class.isAssignableFrom(f.getType()) && f.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return f.getType();
    }
}
