package org.jalchemy.sql;

import org.jalchemy.exc.InvalidRequestError;

/**
 * Turns {@link DeferredElement}s into the elements they stand for in one context (an ORM Registry, the Engine's
 * set of registered resolvers). Must answer the same element every time it is asked about the same element.
 */
@FunctionalInterface
public interface ElementResolver {
    /** The element {@code element} stands for here, or null when this resolver does not know it. */
    ClauseElement resolve(DeferredElement element);

    /**
     * {@code element} resolved by {@code resolver}.
     *
     * @throws InvalidRequestError naming the element when there is no resolver, or it does not know the element
     */
    static ClauseElement require(ElementResolver resolver, DeferredElement element) {
        if (resolver == null) {
            throw new InvalidRequestError(element + " is resolved by the context that runs the statement (an ORM Session, "
                    + "or an Engine a Registry is registered with), and this statement is keyed or compiled without one; "
                    + "run it on a Connection or Session, or use the Core column (registry.table(Entity.class).c(...))");
        }
        ClauseElement e = element.resolveWith(resolver);
        if (e == null) {
            throw new InvalidRequestError("No Registry known here can resolve " + element + "; map its class in a Registry "
                    + "used by this Session's factory, or register the Registry with the Engine (registry.registerWith(engine))");
        }
        return e;
    }
}
