package org.jalchemy.orm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the root of a mapped class hierarchy. Subclasses annotated {@code @Entity} (without a table) are stored in
 * the root's table (single-table inheritance), told apart by the discriminator column; a query for the root
 * returns instances of the right subclass. See docs/orm-relationships.md.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Inheritance {
    /** The discriminator column's name. */
    String discriminator() default "type";
}
