/**
 * The tour: TOUR.md's examples as running code on embedded SQLite, echoing every statement sent.
 * {@link org.jalchemy.examples.Tour} runs the sections in order ({@code mvn -q -Ptour -DskipTests package});
 * {@code CoreTour} covers sections 1 to 3 (engine, raw SQL, schema, reflection, the expression language),
 * {@code OrmTour} sections 4 to 6 (mapping, the Session, querying and loading), {@code MigrationTour} section 7
 * (the {@code jalchemy migrate} commands), with {@link org.jalchemy.examples.MigrationModels} as the models it
 * migrates to.
 * <p>An application of JAlchemy like any other: it uses only exported API (no {@code internal} package), so the
 * tour shows nothing a user could not write.
 */
package org.jalchemy.examples;
