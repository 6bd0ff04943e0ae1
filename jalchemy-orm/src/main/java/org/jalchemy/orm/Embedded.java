package org.jalchemy.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field holding a value object (a record, or a class with a no-argument constructor) whose components are
 * columns of the owning entity's table, like SQLAlchemy's {@code composite()} or JPA's {@code @Embedded}:
 * {@code @Embedded Address shipping} maps {@code Address(String city, String zip)} to the columns
 * {@code shipping_city} and {@code shipping_zip}. A component's {@code @Column(name = ...)} names its column
 * exactly. A null value writes NULL to every column, and a row whose columns are all NULL loads as null.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Embedded {
    /** The prefix of the column names; by default the snake_case field name and an underscore ({@code shipping_}). */
    String prefix() default "";
}
