package org.jalchemy.migrate;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Identifies a {@link Migration} class as a revision: its id, the revision(s) it follows, and optional branch
 * labels and dependencies. {@code down = {}} marks a first revision (after base); two or more make a merge.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    /** The revision id (hex, unique). */
    String id();

    /** The revision(s) this one comes after; empty for the first revision of a branch from base. */
    String[] down() default {};

    /** A one-line description. */
    String message() default "";

    /** Branch labels usable as {@code label@head}. */
    String[] branchLabels() default {};

    /** Revisions that must be applied before this one without being its parent. */
    String[] dependsOn() default {};
}
