package org.jalchemy.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Column details of a mapped field: {@code @Column(length = 50, unique = true, nullable = false) String username}.
 * Optional: a field without it is still a column, named in snake_case ({@code userId} → {@code user_id}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Column {
    /** The column name; by default the field name in snake_case. */
    String name() default "";

    /** VARCHAR length of a String column; unset means VARCHAR(255) (use {@link #text()} for unbounded text). */
    int length() default -1;

    /** A String column as TEXT (unbounded) instead of VARCHAR. */
    boolean text() default false;

    /** NUMERIC precision of a BigDecimal column; unset means NUMERIC(19, 4). */
    int precision() default -1;

    /** NUMERIC scale of a BigDecimal column (used with {@link #precision()}). */
    int scale() default 0;

    /** Whether NULL is allowed; primitive fields and keys are always NOT NULL. */
    boolean nullable() default true;

    /** A single-column UNIQUE constraint. */
    boolean unique() default false;

    /** A single-column index, named {@code ix_<table>_<column>}. */
    boolean index() default false;

    /**
     * A DEFAULT in the DDL, as SQL text: {@code serverDefault = "0"}, {@code "'active'"}, {@code "CURRENT_TIMESTAMP"}.
     * A null field is then left out of the INSERT so the database fills it in.
     */
    String serverDefault() default "";

    /**
     * A sequence generating a lone Integer/Long key: {@code @Id @Column(sequence = "users_id_seq") Long id}. The
     * column's DEFAULT is the sequence's next value (PostgreSQL, MariaDB, Oracle; {@code createAll} creates the
     * sequence first); SQLite has no sequences, so there the key is a plain autoincrement key.
     */
    String sequence() default "";

    /** The first value of {@link #sequence()}. */
    long sequenceStart() default 1;

    /**
     * A deferred column (SQLAlchemy's {@code deferred()}): queries of the entity leave it out of their SELECT, and the
     * field holds null until {@code session.value(obj, Post_.body)} (or {@code refresh(obj, Post_.body)}) loads it with
     * one {@code SELECT body FROM posts WHERE id = ?}, or a query loads it with {@code options(undefer(Post_.body))}.
     * A flush never writes a column that was not loaded (a null field standing for it is not a change). The field
     * must not be primitive. See docs/orm-loading.md, "Deferred columns".
     */
    boolean deferred() default false;

    /**
     * A deferred column whose value is never loaded on request: {@code session.value(obj, attr)} raises
     * {@link org.jalchemy.orm.exc.LazyLoadError} before any SQL (SQLAlchemy's {@code deferred(..., raiseload=True)});
     * {@code undefer(attr)} or {@code refresh(obj, attr)} still load it. Implies {@link #deferred()}.
     */
    boolean deferredRaiseload() default false;

    /**
     * A custom SQL type for the column, e.g. a {@link org.jalchemy.types.TypeDecorator} subclass with a public no-arg
     * constructor whose Java type is the field's type; the default ({@code SqlType.class}) infers it from the field.
     */
    @SuppressWarnings("rawtypes")
    Class<? extends org.jalchemy.types.SqlType> type() default org.jalchemy.types.SqlType.class;
}
