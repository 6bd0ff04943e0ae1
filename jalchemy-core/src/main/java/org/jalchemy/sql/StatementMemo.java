package org.jalchemy.sql;

import java.util.Set;
import java.util.function.Function;

/**
 * What an immutable statement derives again on every execution, computed once: its cache key, and the
 * statement it becomes for the last set of parameter keys it ran with (an INSERT run with the same map shape
 * over and over keeps one derived statement, and so one key).
 */
final class StatementMemo {
    private volatile CacheKey key;
    private volatile Derived derived;

    private record Derived(Set<String> keys, Executable statement) {}

    /**
     * The cache key of {@code owner}, computed on first use; a key that resolved deferred elements is computed again
     * only when another resolver asks (two Registries running one statement alternately).
     */
    CacheKey cacheKey(Executable owner, ElementResolver resolver) {
        CacheKey k = key;
        if (k == null || (k.deferred() && k.resolver() != resolver)) {
            k = CacheKey.of(owner, resolver);
            key = k;
        }
        return k;
    }

    /** The statement {@code derive} makes for {@code keys}, reused while the keys stay the same. */
    Executable forParameterKeys(Set<String> keys, Function<Set<String>, Executable> derive) {
        Derived d = derived;
        if (d != null && d.keys().equals(keys)) {
            return d.statement();
        }
        Executable s = derive.apply(keys);
        derived = new Derived(Set.copyOf(keys), s);
        return s;
    }
}
