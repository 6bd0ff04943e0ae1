package org.jalchemy.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every test of the class once per database: SQLite, PostgreSQL, MariaDB. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ParameterizedClass(name = "[{0}]")
@MethodSource("org.jalchemy.testing.TestDatabase#all")
public @interface AllDatabases {
}
