/**
 * The Oracle dialect (12c+): {@link org.jalchemy.dialect.oracle.OracleDialect} and
 * {@link org.jalchemy.dialect.oracle.OracleCompiler} (OFFSET/FETCH, FROM DUAL, MINUS); package-private
 * {@code OracleLiterals}. Compiled and checked as SQL text only: no Oracle database runs in the test environment,
 * so execution against Oracle is untested.
 * <p>Only what Oracle does differently from the standard pieces in {@code org.jalchemy.dialect}; nothing of other
 * databases.
 */
package org.jalchemy.dialect.oracle;
