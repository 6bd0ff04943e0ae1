package org.jalchemy.orm.internal;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The most recent mapper of each class, across registries: how a Session without an explicit Registry, and the
 * generated metamodel, find a class's table.
 */
public final class Mappers {
    private static final ConcurrentHashMap<Class<?>, Mapper> LATEST = new ConcurrentHashMap<>();

    private Mappers() {}

    /** Records {@code mapper} as the current mapping of its class. */
    public static void register(Mapper mapper) {
        LATEST.put(mapper.type(), mapper);
    }

    /** The current mapper of {@code type} (or of its nearest mapped superclass), or null. */
    public static Mapper find(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Mapper m = LATEST.get(c);
            if (m != null) {
                return m;
            }
        }
        return null;
    }
}
