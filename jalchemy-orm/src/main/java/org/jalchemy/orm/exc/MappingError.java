package org.jalchemy.orm.exc;

import org.jalchemy.exc.ArgumentError;

/** A class cannot be mapped: no @Id, an unsupported field type, a foreign key to an unknown table. */
public class MappingError extends ArgumentError {
    /** @param message says what went wrong, naming the class, field or table involved */
    public MappingError(String message) { super(message); }

    /** @param message says what went wrong; @param cause the underlying failure */
    public MappingError(String message, Throwable cause) { super(message, cause); }
}
