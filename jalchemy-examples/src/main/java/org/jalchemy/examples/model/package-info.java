/**
 * The tour's mapped classes (TOUR.md section 4): {@link org.jalchemy.examples.model.User} with its
 * {@link org.jalchemy.examples.model.Address}es and {@link org.jalchemy.examples.model.Post}s (saved and deleted
 * with it), and {@link org.jalchemy.examples.model.Student} and {@link org.jalchemy.examples.model.Course},
 * many-to-many through the {@code enrollments} table.
 * <p>Plain entities declared with the ORM's annotations only: they know no Session, engine or database.
 */
package org.jalchemy.examples.model;
