package org.jalchemy.migrate;

import java.util.List;
import org.jalchemy.exc.InvalidRequestError;

/**
 * A migration could not be done: an unknown or ambiguous revision, several heads where one was needed, a
 * revision that failed (with the statements that had already run, which matter where DDL auto-commits).
 */
public class MigrationError extends InvalidRequestError {
    private final List<String> executed;

    /** An error with a message saying what and why. */
    public MigrationError(String message) {
        this(message, List.of(), null);
    }

    /** An error caused by {@code cause} after {@code executed} statements had run. */
    public MigrationError(String message, List<String> executed, Throwable cause) {
        super(message, cause);
        this.executed = List.copyOf(executed);
    }

    /** The statements of the failing revision that had run before it failed (empty when none or rolled back). */
    public List<String> executedStatements() {
        return executed;
    }
}
