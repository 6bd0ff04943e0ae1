package org.jalchemy.migrate;

/**
 * One difference autogenerate found, with the Java code that applies it and the code that undoes it.
 *
 * @param description what differs, e.g. {@code add column users.email}
 * @param upgrade     revision code making the database match the models
 * @param downgrade   revision code undoing {@code upgrade}
 */
public record SchemaChange(String description, String upgrade, String downgrade) {
}
