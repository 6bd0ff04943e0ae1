package org.jalchemy.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An Integer/Long version counter for optimistic locking: set to 1 on INSERT, incremented by every UPDATE, and
 * checked in the WHERE clause of UPDATE and DELETE; a row changed by someone else raises
 * {@link org.jalchemy.orm.exc.StaleDataError}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Version {
}
