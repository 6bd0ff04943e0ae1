package org.jalchemy.migrate;

import static org.jalchemy.types.Types.*;

import org.jalchemy.schema.Column;
import org.jalchemy.schema.Index;
import org.jalchemy.schema.MetaData;

/** The models the CLI tests point the config at; {@link #version} switches between two schemas. */
public class TestModels implements MetadataProvider {
    /** Which schema {@link #metadata()} returns: 1 or 2. */
    static volatile int version = 1;

    @Override public MetaData metadata() {
        MetaData md = new MetaData();
        if (version == 1) {
            md.table("users", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(50)).notNull(),
                    Column.of("bio", TEXT));
        } else {
            md.table("users", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(50)).notNull(),
                    Column.of("email", string(100)), Index.of("ix_users_email", "email"));
            md.table("tags", Column.of("id", INTEGER).primaryKey(), Column.of("label", string(20)).notNull());
        }
        return md;
    }
}
