package org.jalchemy.sql;

import java.util.List;
import java.util.Set;

/** Something that can stand in a FROM clause: a table, an alias, a join, a subquery, a CTE. */
public interface FromClause extends ClauseElement {
    /** The columns this FROM clause exposes, in order. */
    List<? extends ColumnElement<?>> columns();

    /**
     * The exposed column called {@code name}, untyped so it accepts any value.
     *
     * @throws org.jalchemy.exc.NoSuchColumnError naming the column and this FROM clause
     */
    ColumnElement<Object> c(String name);

    /** The FROM clauses this one stands for, itself included (a join covers both sides). */
    default Set<FromClause> coveredFroms() {
        return Set.of(this);
    }

    /** {@code this JOIN right ON <inferred from the single foreign key between them>}. */
    default Join join(FromClause right) {
        return new Join(this, right, Join.inferOnClause(this, right), false, false);
    }

    /** {@code this JOIN right ON on}. */
    default Join join(FromClause right, ColumnElement<Boolean> on) {
        return new Join(this, right, on, false, false);
    }

    /** {@code this LEFT OUTER JOIN right ON <inferred>}. */
    default Join outerJoin(FromClause right) {
        return new Join(this, right, Join.inferOnClause(this, right), true, false);
    }

    /** {@code this LEFT OUTER JOIN right ON on}. */
    default Join outerJoin(FromClause right, ColumnElement<Boolean> on) {
        return new Join(this, right, on, true, false);
    }

    /** {@code this FULL OUTER JOIN right ON <inferred>} (not on MySQL/MariaDB). */
    default Join fullOuterJoin(FromClause right) {
        return new Join(this, right, Join.inferOnClause(this, right), true, true);
    }

    /** {@code this FULL OUTER JOIN right ON on}. */
    default Join fullOuterJoin(FromClause right, ColumnElement<Boolean> on) {
        return new Join(this, right, on, true, true);
    }

    /** The tables this FROM clause reads from (for inferring join conditions from foreign keys). */
    default Set<org.jalchemy.schema.Table> baseTables() {
        return Set.of();
    }

    /**
     * The column of this FROM clause standing for the table column {@code column} (itself for a table, the
     * alias's or subquery's column otherwise), or null when it exposes none.
     */
    default ColumnElement<?> correspondingColumn(org.jalchemy.schema.Column<?> column) {
        return null;
    }
}
