package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The structural key of a statement: node kinds, identifiers, types and the identity of schema objects,
 * but not the values of bound parameters, which are collected separately in tree order. Statements with
 * equal keys share one compiled form; see {@code CompiledCache}.
 */
public final class CacheKey {
    private final List<Object> parts = new ArrayList<>(32);
    private final List<BindParameter<?>> binds = new ArrayList<>(8);
    private final ElementResolver resolver;
    private boolean deferred;
    private int hash;

    private CacheKey(ElementResolver resolver) {
        this.resolver = resolver;
    }

    /** Builds the key of {@code element}, which must hold no {@link DeferredElement}. */
    public static CacheKey of(ClauseElement element) {
        return of(element, null);
    }

    /** Builds the key of {@code element}, resolving its {@link DeferredElement}s with {@code resolver} (may be null). */
    public static CacheKey of(ClauseElement element, ElementResolver resolver) {
        CacheKey key = new CacheKey(resolver);
        element.appendCacheKey(key);
        return key;
    }

    /** The resolver this key resolves deferred elements with (the compiler of this key uses it too), or null. */
    public ElementResolver resolver() {
        return resolver;
    }

    /**
     * {@code element} resolved with this key's resolver; the key then depends on the resolver (a memoised key is
     * reused only with the same resolver).
     *
     * @throws org.jalchemy.exc.InvalidRequestError naming the element when it cannot be resolved
     */
    public ClauseElement resolve(DeferredElement element) {
        deferred = true;
        return ElementResolver.require(resolver, element);
    }

    /** Whether a deferred element was resolved into this key (so it holds only for {@link #resolver()}). */
    public boolean deferred() {
        return deferred;
    }

    /** Adds one structural part (a node kind, a name, a type, a Table, a number). */
    public CacheKey add(Object part) {
        parts.add(part);
        return this;
    }

    /**
     * Adds a schema object (Table, Column) or other long-lived object compared by identity: two statements
     * over different tables never share a key.
     */
    public CacheKey identity(Object object) {
        parts.add(object);
        return this;
    }

    /** Adds a child node's key, or a marker for an absent child. */
    public CacheKey add(ClauseElement child) {
        if (child == null) {
            parts.add(Marker.NONE);
        } else {
            child.appendCacheKey(this);
        }
        return this;
    }

    /** Adds a list of children with its length, so [a, b] and [a][b] differ. */
    public CacheKey addAll(List<? extends ClauseElement> children) {
        parts.add(children.size());
        for (ClauseElement c : children) {
            add(c);
        }
        return this;
    }

    /** Registers a bound parameter: its type and key are structure, its value is collected in order. */
    public CacheKey bind(BindParameter<?> bind) {
        parts.add(Marker.BIND);
        parts.add(bind.type());
        parts.add(bind.fromParams() ? bind.key() : null);
        binds.add(bind);
        return this;
    }

    /**
     * A new key with this key's parts and bound parameters followed by {@code extra} parts; this key is not
     * changed (a statement's memoised key stays as it was).
     */
    public CacheKey plus(Object... extra) {
        CacheKey copy = new CacheKey(resolver);
        copy.deferred = deferred;
        copy.parts.addAll(parts);
        copy.parts.addAll(java.util.Arrays.asList(extra));
        copy.binds.addAll(binds);
        return copy;
    }

    /** The bound parameters in tree order, with their values. */
    public List<BindParameter<?>> binds() {
        return binds;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CacheKey k && k.hashCode() == hashCode() && k.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = parts.hashCode();
            hash = h == 0 ? 1 : h;
        }
        return hash;
    }

    @Override
    public String toString() {
        return "CacheKey" + parts;
    }

    private enum Marker { NONE, BIND }
}
