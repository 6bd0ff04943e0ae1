package org.jalchemy.examples;

/**
 * The tour: TOUR.md's examples run on embedded SQLite, printing every statement sent (echo) and what came
 * back. Run with {@code mvn -q -Ptour -DskipTests package}.
 */
public final class Tour {
    private Tour() {}

    /** Runs every section in order. */
    public static void main(String[] args) {
        CoreTour.run();
        OrmTour.run();
        MigrationTour.run();
    }

    /** Prints a section heading. */
    static void section(String title) {
        System.out.println();
        System.out.println("=== " + title + " " + "=".repeat(Math.max(0, 70 - title.length())));
    }

    /** Prints a result line, marked so it stands out from the echoed SQL. */
    static void show(String label, Object value) {
        System.out.println("  -> " + label + ": " + value);
    }
}
