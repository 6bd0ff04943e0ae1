package org.jalchemy.schema;

import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.Executable;
import org.jalchemy.sql.SqlVisitor;

/** A DDL statement (CREATE / DROP TABLE, CREATE / DROP INDEX, ...). DDL is compiled afresh each time, never cached. */
public interface DdlElement extends Executable {
    /** Dispatches to the DDL compiler. */
    void accept(DdlVisitor visitor);

    @Override default void accept(SqlVisitor visitor) { visitor.visitDdl(this); }

    @Override default void appendCacheKey(CacheKey key) { key.identity(this); }

    @Override default boolean cacheable() { return false; }
}
