package org.jalchemy.orm.internal;

import org.jalchemy.schema.Table;

/**
 * Which root table each joined-table subclass table belongs to, for the flush order: kept by the MetaData of the
 * Registry that mapped the hierarchy (so two registries never see each other's tables), not in a static map.
 */
public interface JoinedRoots {
    /** Records that {@code table} is a joined-table subclass table of the hierarchy rooted at {@code root}. */
    void joinedRoot(Table table, Table root);

    /** The root table of {@code table}'s joined-table hierarchy, or null for a table outside one. */
    Table joinedRoot(Table table);
}
