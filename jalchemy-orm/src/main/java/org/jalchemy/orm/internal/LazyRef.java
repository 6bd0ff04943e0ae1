package org.jalchemy.orm.internal;

import org.jalchemy.orm.Lazy;
import org.jalchemy.orm.Ref;

/**
 * The implementation of {@link Ref}: a value and whether it is loaded, and, once the Session has bound it, the
 * object whose field holds it and the relationship, which an unloaded reference needs to load itself.
 *
 * @param <T> the related entity class
 */
public final class LazyRef<T> implements Ref<T> {
    private Object value;
    private boolean loaded;
    private Object owner;
    private RelationshipProperty property;
    /** How an unloaded reference behaves on {@code get()}: SELECT (load), RAISE, or NOLOAD (null). */
    private Lazy mode = Lazy.SELECT;

    /** A loaded reference to {@code value}. */
    public LazyRef(Object value) {
        this.value = value;
        this.loaded = true;
    }

    @SuppressWarnings("unchecked")
    @Override public T get() {
        if (!loaded) {
            Loaders.resolve(this, owner, property, mode);
        }
        return (T) value;
    }

    @Override public void set(T v) {
        if (!loaded && v == null && owner != null) {
            get();                    // the old value first, so the flush knows the foreign key must become NULL
        }
        value = v;
        loaded = true;
    }

    @Override public boolean isLoaded() {
        return loaded;
    }

    /** The value when loaded, else null; never loads (what the flush and the loaders compare). */
    Object peek() {
        return loaded ? value : null;
    }

    /** The value becomes {@code v}, loaded (the loaders' and the reverse side's write; no events). */
    void fill(Object v) {
        value = v;
        loaded = true;
    }

    /** Unloaded, to be loaded on {@code get()} from {@code owner}'s foreign key. */
    void unload(Object owner, RelationshipProperty property, Lazy mode) {
        this.owner = owner;
        this.property = property;
        this.mode = mode;
        this.value = null;
        this.loaded = false;
    }

    /** Whether this reference is bound to {@code obj}'s field. */
    boolean boundTo(Object obj) {
        return owner == obj;
    }

    @Override public String toString() {
        return loaded ? "Ref[" + value + "]" : "Ref[unloaded " + (property == null ? "" : property.toString()) + "]";
    }
}
