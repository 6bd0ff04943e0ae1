package org.jalchemy.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as mapped to a table: {@code @Entity(table = "users") public class User { @Id Integer id; ... }}.
 * Every non-static, non-transient field is a column unless marked {@link Transient}; the class needs a
 * no-argument constructor (protected is enough).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Entity {
    /** The table name; by default the class name in snake_case ({@code OrderLine} → {@code order_line}). */
    String table() default "";
}
