package org.jalchemy.sql.compiler;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.jalchemy.sql.CacheKey;

/**
 * An engine's cache of compiled statements by structure: the same shape of query, whatever its values,
 * compiles once. Bounded: when full it is cleared and refills with what is in use.
 */
public final class CompiledCache {
    private final ConcurrentHashMap<CacheKey, CompiledStatement> map = new ConcurrentHashMap<>();
    private final int maxSize;
    private final LongAdder hits = new LongAdder();
    private final LongAdder compilations = new LongAdder();

    /** A cache of at most {@code maxSize} statements (0 turns caching off). */
    public CompiledCache(int maxSize) {
        this.maxSize = maxSize;
    }

    /** The compiled form of the statement with {@code key}, compiling it with {@code compile} if absent. */
    public CompiledStatement get(CacheKey key, Supplier<CompiledStatement> compile) {
        if (maxSize == 0) {
            compilations.increment();
            return compile.get();
        }
        CompiledStatement c = map.get(key);
        if (c != null) {
            hits.increment();
            return c;
        }
        compilations.increment();
        c = compile.get();
        if (!c.cacheable()) {
            return c;
        }
        if (map.size() >= maxSize) {
            map.clear();
        }
        map.put(key, c);
        return c;
    }

    /** How many statements were compiled (cache misses). */
    public long compilations() { return compilations.sum(); }

    /** How many executions reused a compiled statement. */
    public long hits() { return hits.sum(); }

    /** Statements currently cached. */
    public int size() { return map.size(); }

    /** Empties the cache. */
    public void clear() { map.clear(); }
}
