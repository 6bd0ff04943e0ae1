package org.jalchemy.orm.exc;

import org.jalchemy.exc.InvalidRequestError;

/** A relationship loaded with {@code Lazy.RAISE} / {@code raiseload}, or under the N+1 guard, was about to be lazy loaded. */
public class LazyLoadError extends InvalidRequestError {
    /** With a message naming the class and attribute. */
    public LazyLoadError(String message) {
        super(message);
    }
}
