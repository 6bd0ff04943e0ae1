/**
 * The MySQL and MariaDB dialects, through MariaDB Connector/J: {@link org.jalchemy.dialect.mysql.MySqlDialect},
 * {@link org.jalchemy.dialect.mysql.MariaDbDialect} (MySQL's plus what MariaDB adds, such as RETURNING),
 * {@link org.jalchemy.dialect.mysql.MySqlCompiler}, {@link org.jalchemy.dialect.mysql.MySqlJdbcHandlers} and
 * {@link org.jalchemy.dialect.mysql.MySql}, MySQL-specific statements
 * ({@code MySql.insert(users).values(...).onDuplicateKeyUpdate(...)}). Package-private: {@code MySqlReflection},
 * {@code MySqlLiterals}.
 * <p>Only what MySQL/MariaDB do differently from the standard pieces in {@code org.jalchemy.dialect}; nothing of
 * other databases.
 */
package org.jalchemy.dialect.mysql;
