/**
 * SQL types: {@link org.jalchemy.types.SqlType} (a type's Java class, coercion of bound values, DDL name and JDBC
 * handling), the built-in types as records ({@link org.jalchemy.types.IntegerType},
 * {@link org.jalchemy.types.StringType}, {@link org.jalchemy.types.NumericType},
 * {@link org.jalchemy.types.TimestampTzType}, {@link org.jalchemy.types.JsonType}, ...), their factories and
 * constants in {@link org.jalchemy.types.Types}, user types through {@link org.jalchemy.types.TypeDecorator},
 * {@link org.jalchemy.types.TypeVisitor}, and how values cross JDBC: {@link org.jalchemy.types.JdbcHandler},
 * {@link org.jalchemy.types.StandardJdbcHandlers} and {@link org.jalchemy.types.JsonCodec}.
 * <pre>{@code
 * import static org.jalchemy.types.Types.*;
 *
 * Column.of("name", string(50));
 * Column.of("price", numeric(10, 2));
 * }</pre>
 * This package knows no dialect: a dialect gives each type its DDL name and JDBC handler by visiting it
 * ({@link org.jalchemy.types.TypeVisitor}) and subclasses {@link org.jalchemy.types.StandardJdbcHandlers} where
 * its driver differs.
 */
package org.jalchemy.types;
