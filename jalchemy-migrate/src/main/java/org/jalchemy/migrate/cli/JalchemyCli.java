package org.jalchemy.migrate.cli;

import org.jalchemy.exc.JAlchemyException;
import org.jalchemy.migrate.MigrationError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jalchemy} command line: {@code jalchemy migrate init|revision|upgrade|...}. Exit codes: 0 success,
 * 1 migration error (unknown revision, several heads, failing revision, bad config), 2 usage error,
 * 3 {@code check} found differences, 4 database error.
 */
@Command(name = "jalchemy", mixinStandardHelpOptions = true, version = "JAlchemy 0.1.0",
        description = "JAlchemy tools.", subcommands = MigrateCommand.class)
public final class JalchemyCli implements Runnable {
    /** Success. */
    public static final int OK = 0;
    /** A migration error: unknown revision, several heads, a failing revision, a bad config. */
    public static final int MIGRATION_ERROR = 1;
    /** Wrong arguments. */
    public static final int USAGE = 2;
    /** {@code check}: the models and the database differ. */
    public static final int DIFFERENCES = 3;
    /** The database raised an error or cannot be reached. */
    public static final int DATABASE_ERROR = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line set up with JAlchemy's exit codes and error messages (for {@code execute} in-process). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new JalchemyCli());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("ERROR: " + e.getMessage());
            cmd.getErr().flush();
            if (e instanceof MigrationError) {
                return MIGRATION_ERROR;
            }
            return e instanceof JAlchemyException ? DATABASE_ERROR : MIGRATION_ERROR;
        });
        return cl;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
