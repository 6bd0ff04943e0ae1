package org.jalchemy.exc;

/** A statement cannot be turned into SQL for the chosen dialect (unsupported construct, missing FROM). */
public class CompileError extends JAlchemyException {
    /** @param message names the construct and the dialect */
    public CompileError(String message) { super(message); }
}
