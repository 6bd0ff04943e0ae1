/**
 * The exceptions JAlchemy raises, all unchecked under {@link org.jalchemy.exc.JAlchemyException}. Errors from the
 * database or driver are a {@link org.jalchemy.exc.DBAPIError} (carrying the SQL and parameters) of the PEP 249 kind
 * the dialect classified: {@link org.jalchemy.exc.IntegrityError}, {@link org.jalchemy.exc.OperationalError},
 * {@link org.jalchemy.exc.ProgrammingError}, {@link org.jalchemy.exc.DataError}, ... JAlchemy's own are
 * {@link org.jalchemy.exc.ArgumentError}, {@link org.jalchemy.exc.CompileError},
 * {@link org.jalchemy.exc.InvalidRequestError}, {@link org.jalchemy.exc.NoResultFound},
 * {@link org.jalchemy.exc.MultipleResultsFound}, {@link org.jalchemy.exc.NoSuchTableError},
 * {@link org.jalchemy.exc.NoSuchColumnError}, {@link org.jalchemy.exc.ResourceClosedError} and
 * {@link org.jalchemy.exc.TimeoutError}.
 * <p>This package depends on nothing else in JAlchemy, so every other package (and the ORM's
 * {@code org.jalchemy.orm.exc}) can build on it.
 */
package org.jalchemy.exc;
