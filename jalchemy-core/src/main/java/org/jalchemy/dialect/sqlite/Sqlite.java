package org.jalchemy.dialect.sqlite;

import org.jalchemy.schema.Table;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Insert;
import org.jalchemy.sql.OnConflictInsert;

/** SQLite (3.24+)-specific statements: {@code Sqlite.insert(users).values(...).onConflictDoUpdate(...)}. */
public final class Sqlite {
    private Sqlite() {}

    /** An INSERT with {@code onConflictDoNothing} / {@code onConflictDoUpdate}. */
    public static OnConflictInsert insert(Table table) {
        return new OnConflictInsert(Insert.into(table));
    }

    /** {@code excluded.column}: the value the INSERT proposed, for onConflictDoUpdate values. */
    public static ColumnElement<Object> excluded(Table table, String column) {
        return OnConflictInsert.excluded(table, column);
    }
}
