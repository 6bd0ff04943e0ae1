package org.jalchemy.exc;

/** Root of every exception JAlchemy raises; unchecked, so user code is not forced to catch. */
public class JAlchemyException extends RuntimeException {
    /** An exception with a message naming the problem. */
    public JAlchemyException(String message) { super(message); }

    /** An exception with a message and the underlying cause. */
    public JAlchemyException(String message, Throwable cause) { super(message, cause); }
}
