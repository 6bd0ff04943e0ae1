package org.jalchemy.sql;

import org.jalchemy.dialect.sqlite.SqliteDialect;

/** Readable SQL of a statement for logs and debugging: {@code toString()} of statements. */
final class Statements {
    private Statements() {}

    /** The statement compiled for the generic (SQLite-like) rendering; values shown as {@code ?}. */
    static String render(Executable statement) {
        try {
            return statement.compile(SqliteDialect.INSTANCE).sql();
        } catch (RuntimeException e) {
            return statement.getClass().getSimpleName() + " (not compilable: " + e.getMessage() + ")";
        }
    }
}
