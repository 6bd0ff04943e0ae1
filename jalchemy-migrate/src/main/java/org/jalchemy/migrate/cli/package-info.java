/**
 * The {@code jalchemy} command line (picocli): {@link org.jalchemy.migrate.cli.JalchemyCli}, the entry point with
 * its exit codes, and {@link org.jalchemy.migrate.cli.MigrateCommand}, the Alembic-style
 * {@code jalchemy migrate init|revision|upgrade|downgrade|...} commands.
 * <p>Argument parsing and output only: every command delegates to {@code org.jalchemy.migrate}, and nothing
 * there depends on this package.
 */
package org.jalchemy.migrate.cli;
