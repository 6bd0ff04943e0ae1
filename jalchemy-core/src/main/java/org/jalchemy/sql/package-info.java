/**
 * The SQL expression language: an immutable tree of nodes ({@link org.jalchemy.sql.ClauseElement}), with
 * {@link org.jalchemy.sql.ColumnElement} (typed values; the operators are its default methods),
 * {@link org.jalchemy.sql.BindParameter}, the statements {@link org.jalchemy.sql.Select},
 * {@link org.jalchemy.sql.CompoundSelect}, {@link org.jalchemy.sql.Insert}, {@link org.jalchemy.sql.Update},
 * {@link org.jalchemy.sql.Delete} and {@link org.jalchemy.sql.TextClause}, FROM items
 * ({@link org.jalchemy.sql.Join}, {@link org.jalchemy.sql.TableAlias}, {@link org.jalchemy.sql.Subquery},
 * {@link org.jalchemy.sql.Cte}), {@link org.jalchemy.sql.Func} for {@code func.*}, {@link org.jalchemy.sql.CacheKey}
 * (a statement's structure without its values) and {@link org.jalchemy.sql.SqlVisitor}, one method per node.
 * Statements are built with the factories of {@link org.jalchemy.Sql}; every builder call returns a new node.
 * <pre>{@code
 * import static org.jalchemy.Sql.*;
 *
 * Select q = select(users.c("id"), users.c("username"))
 *         .where(users.c("age").gt(18))
 *         .orderBy(users.c("username"));
 * }</pre>
 * This package knows no database's SQL: nodes describe, and each dialect's compiler (a
 * {@link org.jalchemy.sql.SqlVisitor}) renders. The one exception is readable {@code toString()} output
 * (package-private {@code Statements}), which compiles with the SQLite dialect. A value becomes a bound
 * parameter; it enters SQL text only as a literal its dialect renders ({@code literalBinds} compilation, offline
 * migration scripts).
 */
package org.jalchemy.sql;
