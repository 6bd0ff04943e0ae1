/**
 * Schema migrations in the manner of Alembic. A revision is a {@link org.jalchemy.migrate.Migration} class
 * annotated with {@link org.jalchemy.migrate.Revision}, whose {@code upgrade} and {@code downgrade} make changes
 * through {@link org.jalchemy.migrate.Operations} (with {@link org.jalchemy.migrate.AlterColumn} and
 * {@link org.jalchemy.migrate.BatchOperations}); revisions live in a {@link org.jalchemy.migrate.ScriptDirectory},
 * form a {@link org.jalchemy.migrate.RevisionGraph} of {@link org.jalchemy.migrate.RevisionInfo}s, and are run by
 * the {@link org.jalchemy.migrate.Migrator}, which records the database's heads in the
 * {@link org.jalchemy.migrate.VersionTable}. {@link org.jalchemy.migrate.Autogenerate} compares a
 * {@link org.jalchemy.migrate.MetadataProvider}'s MetaData with the reflected database and lists
 * {@link org.jalchemy.migrate.SchemaChange}s (each with the Java code that applies and undoes it);
 * {@link org.jalchemy.migrate.RevisionWriter} writes new revision source files.
 * {@link org.jalchemy.migrate.MigrationConfig} reads {@code jalchemy.properties};
 * {@link org.jalchemy.migrate.SqlSink} sends statements to a connection or prints them ({@code --sql});
 * failures are a {@link org.jalchemy.migrate.MigrationError}. A revision, annotated
 * {@code @Revision(id = "2b", down = "1a")}:
 * <pre>{@code
 * public class AddEmail implements Migration {
 *     public void upgrade(Operations op) {
 *         op.addColumn("users", Column.of("email", string(100)));
 *         op.createIndex("ix_users_email", "users", "email");
 *     }
 *     public void downgrade(Operations op) {
 *         op.dropIndex("ix_users_email", "users");
 *         op.dropColumn("users", "email");
 *     }
 * }
 * }</pre>
 * Migrations work on Core's schema objects and know nothing of the ORM: the module depends on Core only (a
 * {@code MetadataProvider} may hand over an ORM {@code Registry}'s {@code metadata()}). The ALTER forms that
 * differ per database are kept in package-private {@code AlterDialect}, SQLite's table rebuild and foreign-key
 * handling in {@code SqliteTableRebuild} and {@code SqliteForeignKeys}.
 */
package org.jalchemy.migrate;
