package org.jalchemy.examples;

import static org.jalchemy.types.Types.INTEGER;
import static org.jalchemy.types.Types.string;

import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;

/**
 * The models the migration tour migrates to, as a migration config's {@code metadata = ...} class names them.
 * The tour switches to the second version to play "change the models, autogenerate again".
 */
public final class MigrationModels {
    private static volatile int version = 1;

    private MigrationModels() {}

    /** Selects which version of the models {@link #metadata()} describes (1 or 2). */
    static void useVersion(int v) {
        version = v;
    }

    /** The target schema: version 2 adds a column with an index, and a table. */
    public static MetaData metadata() {
        MetaData md = new MetaData();
        if (version == 1) {
            md.table("users",
                    Column.of("id", INTEGER).primaryKey(),
                    Column.of("username", string(50)).notNull().unique());
        } else {
            md.table("users",
                    Column.of("id", INTEGER).primaryKey(),
                    Column.of("username", string(50)).notNull().unique(),
                    Column.of("email", string(100)).index());
            md.table("posts",
                    Column.of("id", INTEGER).primaryKey(),
                    Column.of("user_id", INTEGER).references("users.id"),
                    Column.of("title", string(200)).notNull());
        }
        return md;
    }
}
