package org.jalchemy.orm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field as a relationship to another entity: a field of entity type (many-to-one, or one-to-one with
 * the foreign key on the other side) or a {@code List}/{@code Set}/{@code Collection} of entities (one-to-many,
 * or many-to-many through {@link #secondary()}). The join condition is found from the foreign keys between the
 * two tables. See docs/orm-relationships.md.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Relationship {
    /** The field on the other class that is the reverse of this one; both are kept in step in memory. */
    String backPopulates() default "";

    /** Like {@link #backPopulates()}, but also configures the reverse field (which then needs no annotation). */
    String backref() default "";

    /** The association table of a many-to-many relationship, a table of the registry's MetaData. */
    String secondary() default "";

    /** Fields of the target class to order a collection by, comma separated; {@code "id desc"} sorts descending. */
    String orderBy() default "";

    /**
     * Operations cascaded from the owner to the related objects, comma separated: {@code save-update}, {@code merge},
     * {@code delete}, {@code delete-orphan}, {@code expunge}, {@code refresh-expire}, {@code all} (all but
     * delete-orphan), {@code none}. Default {@code "save-update, merge"}.
     */
    String cascade() default "save-update, merge";

    /** The default loading strategy. */
    Lazy lazy() default Lazy.SELECT;

    /** {@code false} makes a one-to-many a one-to-one (the field is a single entity). */
    boolean uselist() default true;

    /** For a self-referential relationship: the column(s) on the "remote" side, e.g. {@code "id"} for a parent link. */
    String[] remoteSide() default {};

    /** The foreign-key column(s) to join on, when more than one foreign key links the tables ({@code "billing_id"}). */
    String[] foreignKeys() default {};

    /** Read only: the flush ignores changes to this relationship and it cascades nothing. */
    boolean viewOnly() default false;

    /** Leave deleting (or nulling) the children of a deleted owner to the database's ON DELETE rule; unloaded children are not loaded. */
    boolean passiveDeletes() default false;

    /** Use an INNER JOIN instead of a LEFT OUTER JOIN when loading JOINED (for a non-null many-to-one). */
    boolean innerJoin() default false;

    /**
     * Write this relationship's foreign key in a second pass, for rows that point at each other (or at themselves):
     * the row is INSERTed with the key NULL and an UPDATE sets it once every row exists; before a DELETE an UPDATE
     * sets it to NULL. Without it such a cycle raises {@code CircularDependencyError}. Set on either side of a pair.
     */
    boolean postUpdate() default false;
}
