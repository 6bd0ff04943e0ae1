package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jalchemy.exc.InvalidRequestError;

/**
 * The resolvers registered with one Engine (an ORM Registry registers itself when a SessionFactory uses it or its
 * tables are created on the Engine): how Core statements run on the Engine's connections resolve
 * {@link DeferredElement}s such as {@code User_.username}. Exactly one registered resolver must know an element.
 * Owned by its Engine; nothing here is global.
 */
public final class ElementResolvers implements ElementResolver {
    private final CopyOnWriteArrayList<ElementResolver> resolvers = new CopyOnWriteArrayList<>();

    /** Registers {@code resolver} (once: registering it again does nothing). */
    public void register(ElementResolver resolver) {
        resolvers.addIfAbsent(resolver);
    }

    /** The registered resolvers, in registration order. */
    public List<ElementResolver> all() {
        return List.copyOf(resolvers);
    }

    /**
     * What the one registered resolver that knows {@code element} makes of it; null when none does.
     *
     * @throws InvalidRequestError naming the element when several registered resolvers know it differently
     */
    @Override public ClauseElement resolve(DeferredElement element) {
        ClauseElement found = null;
        List<ClauseElement> all = null;
        for (ElementResolver r : resolvers) {
            ClauseElement e = r.resolve(element);
            if (e == null || e.equals(found)) {
                continue;
            }
            if (found == null) {
                found = e;
            } else {
                if (all == null) {
                    all = new ArrayList<>(List.of(found));
                }
                all.add(e);
            }
        }
        if (all != null) {
            throw new InvalidRequestError(element + " is ambiguous on this Engine: " + all.size() + " registered Registries map "
                    + "it (to " + all + "); run the statement through a Session of the Registry you mean, or use the Core "
                    + "column of that Registry's table");
        }
        return found;
    }
}
