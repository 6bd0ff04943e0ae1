package org.jalchemy.exc;

/** A function or builder was given an argument it cannot use (malformed URL, unknown dialect, bad type). */
public class ArgumentError extends JAlchemyException {
    /** @param message names the argument and why it is wrong */
    public ArgumentError(String message) { super(message); }

    /** @param message names the argument and why it is wrong; @param cause the underlying failure */
    public ArgumentError(String message, Throwable cause) { super(message, cause); }
}
