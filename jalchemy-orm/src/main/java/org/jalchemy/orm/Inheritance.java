package org.jalchemy.orm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the root of a mapped class hierarchy; a query for the root returns instances of the right subclass. With the
 * default {@link InheritanceType#SINGLE_TABLE} strategy, subclasses annotated {@code @Entity} (without a table) are stored
 * in the root's table, told apart by the discriminator column; {@link InheritanceType#JOINED} gives each subclass a table
 * of its own fields joined to the root's by primary key; {@link InheritanceType#TABLE_PER_CLASS} gives each class a full
 * table of its own. See docs/orm-relationships.md.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Inheritance {
    /** The discriminator column's name. */
    String discriminator() default "type";

    /** How the hierarchy is stored in tables. */
    InheritanceType strategy() default InheritanceType.SINGLE_TABLE;
}
