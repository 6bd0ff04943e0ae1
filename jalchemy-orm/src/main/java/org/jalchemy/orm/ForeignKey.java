package org.jalchemy.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column refers to {@code "table.column"}: {@code @ForeignKey("users.id") Integer userId}. The flush inserts
 * the referred table's rows first and deletes them last.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ForeignKey {
    /** The referred column as {@code "table.column"}. */
    String value();

    /** ON DELETE action (CASCADE, SET NULL, ...); empty for none. */
    String onDelete() default "";
}
