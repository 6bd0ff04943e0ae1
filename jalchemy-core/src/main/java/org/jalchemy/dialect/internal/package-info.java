/**
 * Helpers shared by the dialect packages: {@code ReflectionSupport} (running catalogue queries, grouping rows,
 * normalising foreign-key actions), {@code TypeNameParser} (a database type name back to a JAlchemy type) and
 * {@code UntypedReaders} (readers for result columns of unknown SQL type).
 * <p>Not exported by {@code module-info}: not API. Only {@code org.jalchemy.dialect} and its subpackages use it;
 * it may change without notice.
 */
package org.jalchemy.dialect.internal;
