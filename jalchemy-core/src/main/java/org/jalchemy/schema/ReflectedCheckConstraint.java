package org.jalchemy.schema;

/**
 * A CHECK constraint as the database reports it.
 *
 * @param name    the constraint name, or null (SQLite, unnamed)
 * @param sqlText the condition, without CHECK and the outer parentheses; databases rewrite it (PostgreSQL adds
 *                casts and parentheses, MariaDB backquotes names), so compare it loosely
 */
public record ReflectedCheckConstraint(String name, String sqlText) {
}
