package org.jalchemy.migrate;

/** The body of a revision: what {@code upgrade} does and how {@code downgrade} undoes it. */
public interface Migration {
    /** Applies the revision's schema changes. */
    void upgrade(Operations op);

    /** Undoes {@link #upgrade}. */
    void downgrade(Operations op);
}
