package org.jalchemy.exc;

/** No pooled connection became free within the pool timeout. */
public class TimeoutError extends JAlchemyException {
    /** @param message names the pool size, overflow and how long it waited */
    public TimeoutError(String message, Throwable cause) { super(message, cause); }
}
