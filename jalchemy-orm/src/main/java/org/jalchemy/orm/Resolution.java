package org.jalchemy.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.exc.UnmappedClassError;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.schema.Column;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.DeferredElement;
import org.jalchemy.sql.ElementResolver;

/**
 * Where entity classes find their mappers: one Registry's (each Registry has one), or, for a SessionFactory built
 * without a Registry, the one Registry registered with its Engine that maps the class. It is also the
 * {@link ElementResolver} of the statements it runs: a metamodel attribute becomes this registry's column, an ORM
 * select or alias is bound to this registry's mappers. State (the per-class memo of the engine-wide form, the
 * counter naming anonymous aliases) belongs to the Registry or SessionFactory that owns the resolution.
 */
abstract class Resolution implements ElementResolver {
    private final AtomicInteger aliases = new AtomicInteger();

    /** The mapper of {@code type} (or its nearest mapped superclass), or null. */
    abstract Mapper mapperOrNull(Class<?> type);

    /**
     * The mapper of {@code type}.
     *
     * @throws UnmappedClassError naming the class when it is not mapped here
     */
    Mapper mapper(Class<?> type) {
        Mapper m = mapperOrNull(type);
        if (m == null) {
            throw new UnmappedClassError("Class " + type.getName() + " is not mapped; call registry.map("
                    + type.getSimpleName() + ".class) first" + hint());
        }
        return m;
    }

    /** What to add to an "unmapped" message. */
    String hint() { return ""; }

    /** The number of the next anonymous alias ({@code aliased(User.class)} becomes {@code users_<n>}). */
    int nextAliasNumber() {
        return aliases.incrementAndGet();
    }

    @Override public ClauseElement resolve(DeferredElement element) {
        if (element instanceof Resolvable r) {
            return r.resolveIn(this);
        }
        return null;
    }

    /** An ORM element that knows how to resolve itself in a resolution (null when its class is not mapped there). */
    interface Resolvable extends DeferredElement {
        ClauseElement resolveIn(Resolution resolution);
    }

    /** The column {@code attribute} stands for here, or null when its class is not mapped here. */
    @SuppressWarnings("unchecked")
    <T> Column<T> columnOrNull(ColumnAttribute<?, T> attribute) {
        Mapper m = mapperOrNull(attribute.entity());
        return m == null ? null : (Column<T>) (Column<?>) m.property(attribute.fieldName()).column();
    }

    /** A Registry's resolution: its own mappers. */
    static final class OfRegistry extends Resolution {
        private final Registry registry;

        OfRegistry(Registry registry) {
            this.registry = registry;
        }

        Registry registry() { return registry; }

        @Override Mapper mapperOrNull(Class<?> type) {
            return registry.mapperOrNull(type);
        }

        @Override public String toString() { return "the resolution of " + registry; }
    }

    /**
     * The resolution of a SessionFactory built without a Registry: each class is looked up, on first use, in the
     * Registries registered with the Engine; exactly one of them must map it. The answer is kept per class.
     */
    static final class OfEngine extends Resolution {
        private final Engine engine;
        private final Map<Class<?>, Mapper> found = new ConcurrentHashMap<>();

        OfEngine(Engine engine) {
            this.engine = engine;
        }

        @Override Mapper mapperOrNull(Class<?> type) {
            Mapper m = found.get(type);
            if (m != null) {
                return m;
            }
            List<Registry> mapping = new ArrayList<>();
            for (ElementResolver r : engine.resolvers().all()) {
                if (r instanceof OfRegistry reg) {
                    Mapper candidate = reg.registry().mapperOrNull(type);
                    if (candidate != null) {
                        m = candidate;
                        mapping.add(reg.registry());
                    }
                }
            }
            if (mapping.size() > 1) {
                throw new InvalidRequestError("Class " + type.getName() + " is mapped by " + mapping.size() + " Registries "
                        + "registered with this Engine; build the SessionFactory with the one you mean: "
                        + "SessionFactory.builder(engine).registry(registry).build()");
            }
            if (m != null) {
                found.put(type, m);
            }
            return m;
        }

        @Override String hint() {
            return " and create its tables on this Engine (registry.metadata().createAll(engine)), register the "
                    + "Registry with the Engine (registry.registerWith(engine)), or build the SessionFactory with it";
        }

        @Override public String toString() { return "the Registries registered with " + engine; }
    }
}
