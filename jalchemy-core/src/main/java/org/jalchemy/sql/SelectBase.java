package org.jalchemy.sql;

import java.util.List;

/** A SELECT or a compound select (UNION ...): usable as a subquery, a CTE or a scalar subquery. */
public interface SelectBase extends Executable {
    /** The selected columns, in order; their names and types are what a subquery of this exposes. */
    List<ColumnElement<?>> selectedColumns();

    /** The tables this select reads from, for inferring join conditions to a subquery or CTE of it. */
    java.util.Set<org.jalchemy.schema.Table> baseTables();

    /** This select as a named FROM clause: {@code (SELECT ...) AS name}; columns via {@code sq.c("n")}. */
    default Subquery subquery(String name) {
        return new Subquery(this, name, false);
    }

    /** This select as a LATERAL subquery (PostgreSQL, MySQL 8), which may refer to tables left of it. */
    default Subquery lateral(String name) {
        return new Subquery(this, name, true);
    }

    /** {@code WITH name AS (this)}. */
    default Cte cte(String name) {
        return new Cte(name, false, this);
    }

    /** {@code WITH [RECURSIVE] name AS (this)}; extend a recursive one with {@link Cte#unionAll}. */
    default Cte cte(String name, boolean recursive) {
        return new Cte(name, recursive, this);
    }

    /** This one-column select as an expression: {@code (SELECT count(*) ...)}, correlated automatically. */
    default <T> ScalarSubquery<T> scalarSubquery() {
        return new ScalarSubquery<>(this);
    }
}
