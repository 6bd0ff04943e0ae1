package org.jalchemy.dialect.postgresql;

import org.jalchemy.schema.Table;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Insert;
import org.jalchemy.sql.OnConflictInsert;

/** PostgreSQL-specific statements: {@code Postgres.insert(users).values(...).onConflictDoUpdate(...)}. */
public final class Postgres {
    private Postgres() {}

    /** An INSERT with {@code onConflictDoNothing} / {@code onConflictDoUpdate}. */
    public static OnConflictInsert insert(Table table) {
        return new OnConflictInsert(Insert.into(table));
    }

    /** {@code excluded.column}: the value the INSERT proposed, for onConflictDoUpdate values. */
    public static ColumnElement<Object> excluded(Table table, String column) {
        return OnConflictInsert.excluded(table, column);
    }
}
