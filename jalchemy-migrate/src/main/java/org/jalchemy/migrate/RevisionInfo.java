package org.jalchemy.migrate;

import java.nio.file.Path;
import java.util.List;

/**
 * One revision of a script directory: its identity and links, the class holding its body, and the source file
 * it came from (null for a revision compiled into the class path).
 */
public record RevisionInfo(String id, List<String> downRevisions, String message, List<String> branchLabels,
                           List<String> dependsOn, Class<? extends Migration> migrationClass, Path source) {
    /** Copies the lists. */
    public RevisionInfo {
        downRevisions = List.copyOf(downRevisions);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    /** Reads the {@link Revision} annotation of {@code cls}. */
    public static RevisionInfo of(Class<? extends Migration> cls, Path source) {
        Revision r = cls.getAnnotation(Revision.class);
        if (r == null) {
            throw new MigrationError("Class " + cls.getName() + (source == null ? "" : " in " + source)
                    + " implements Migration but has no @Revision annotation");
        }
        return new RevisionInfo(r.id(), List.of(r.down()), r.message(), List.of(r.branchLabels()),
                List.of(r.dependsOn()), cls, source);
    }

    /** A new instance of the revision's body. */
    public Migration newMigration() {
        try {
            var ctor = migrationClass.getDeclaredConstructor();
            ctor.setAccessible(true);
            return ctor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new MigrationError("Cannot instantiate revision " + id + " (" + migrationClass.getName()
                    + "): it needs a no-argument constructor", List.of(), e);
        }
    }

    /** Whether this revision merges two or more lines. */
    public boolean isMerge() {
        return downRevisions.size() > 1;
    }

    @Override public String toString() {
        return id + (message.isEmpty() ? "" : " (" + message + ")");
    }
}
