/**
 * Compilation of a statement tree to SQL: {@link org.jalchemy.sql.compiler.SqlCompiler} (the standard SQL rendering,
 * a visitor that each dialect's compiler subclass overrides only where its database differs), its output
 * {@link org.jalchemy.sql.compiler.CompiledStatement} (SQL text with {@code ?} markers, a
 * {@link org.jalchemy.sql.compiler.BindSlot} per marker, the {@link org.jalchemy.sql.compiler.ResultColumn}s with
 * their readers) and an engine's {@link org.jalchemy.sql.compiler.CompiledCache}, keyed by statement structure.
 * <p>The standard rendering lives here; what differs per database belongs in the dialect packages, never as a
 * branch on the dialect in this package. Nothing here knows connections or the ORM.
 */
package org.jalchemy.sql.compiler;
