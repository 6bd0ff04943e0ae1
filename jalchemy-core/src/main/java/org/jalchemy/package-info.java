/**
 * The entry point of the SQL expression language: {@link org.jalchemy.Sql}, static factories meant for
 * {@code import static org.jalchemy.Sql.*} ({@code select}, {@code insert}, {@code update}, {@code delete},
 * {@code and}, {@code or}, {@code text}, {@code bindparam}, {@code func}, ...).
 * <pre>{@code
 * import static org.jalchemy.Sql.*;
 *
 * Select adults = select(users).where(and(users.c("age").gt(18), users.c("email").isNull()));
 * }</pre>
 * This package only delegates: the nodes live in {@code org.jalchemy.sql} (with {@code Func}), and nothing here
 * knows a dialect, a connection or the ORM.
 */
package org.jalchemy;
