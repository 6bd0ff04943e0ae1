package org.jalchemy.sql;

import org.jalchemy.dialect.sqlite.SqliteDialect;

/** Readable SQL of a statement for logs and debugging: {@code toString()} of statements. */
final class Statements {
    private Statements() {}

    /** The statement compiled for the generic (SQLite-like) rendering; values shown as {@code ?}. */
    static String render(Executable statement) {
        return render(statement, null);
    }

    /** As {@link #render(Executable)}, resolving deferred elements with {@code resolver} (may be null). */
    static String render(Executable statement, ElementResolver resolver) {
        try {
            return statement.compile(SqliteDialect.INSTANCE, resolver).sql();
        } catch (RuntimeException e) {
            return statement.getClass().getSimpleName() + " (not compilable: " + e.getMessage() + ")";
        }
    }
}
