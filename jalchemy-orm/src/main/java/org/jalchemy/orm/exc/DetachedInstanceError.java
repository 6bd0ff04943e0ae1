package org.jalchemy.orm.exc;

import org.jalchemy.exc.InvalidRequestError;

/** An unloaded relationship of an object that is in no Session (closed, expunged) was accessed. */
public class DetachedInstanceError extends InvalidRequestError {
    /** With a message naming the class and attribute. */
    public DetachedInstanceError(String message) {
        super(message);
    }
}
