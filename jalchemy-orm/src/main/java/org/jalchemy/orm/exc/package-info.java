/** Exceptions raised by the ORM; all extend Core's {@code org.jalchemy.exc} hierarchy. */
package org.jalchemy.orm.exc;
