package org.jalchemy.dialect.mysql;

import org.jalchemy.schema.Table;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Insert;
import org.jalchemy.sql.OnDuplicateKeyInsert;

/** MySQL/MariaDB-specific statements: {@code MySql.insert(users).values(...).onDuplicateKeyUpdate(...)}. */
public final class MySql {
    private MySql() {}

    /** An INSERT with {@code onDuplicateKeyUpdate}. */
    public static OnDuplicateKeyInsert insert(Table table) {
        return new OnDuplicateKeyInsert(Insert.into(table));
    }

    /** {@code VALUES(column)}: the value the INSERT proposed, for onDuplicateKeyUpdate values. */
    public static ColumnElement<Object> inserted(Table table, String column) {
        return OnDuplicateKeyInsert.inserted(table, column);
    }
}
