package org.jalchemy.migrate;

import org.jalchemy.schema.MetaData;

/**
 * Tells migrations what the schema should be: name a class implementing this (with a no-argument constructor) as
 * {@code metadata} in the environment's config. A class with a static {@code metadata()} method works too.
 */
public interface MetadataProvider {
    /** The target schema. */
    MetaData metadata();
}
