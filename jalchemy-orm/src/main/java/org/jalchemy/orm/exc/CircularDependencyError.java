package org.jalchemy.orm.exc;

/**
 * The flush cannot order its statements: rows depend on each other's keys in a cycle (two rows pointing at each
 * other, or a row pointing at itself). The message names the classes and relationships; marking one of them
 * {@code @Relationship(postUpdate = true)} breaks the cycle. Raised before any statement is sent.
 */
public class CircularDependencyError extends FlushError {
    /** @param message names the rows, classes and relationships on the cycle */
    public CircularDependencyError(String message) { super(message); }
}
