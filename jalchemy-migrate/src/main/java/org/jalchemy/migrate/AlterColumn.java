package org.jalchemy.migrate;

import org.jalchemy.types.SqlType;

/**
 * What {@link Operations#alterColumn} changes: type, nullability, server default, name. The {@code existing*}
 * settings describe the column as it is; MySQL/MariaDB need them to rewrite the whole column definition (they are
 * read from the database when online, and required offline).
 */
public final class AlterColumn {
    SqlType<?> type;
    Boolean nullable;
    String serverDefault;
    boolean changeDefault;
    String newName;
    String using;
    SqlType<?> existingType;
    Boolean existingNullable;
    String existingServerDefault;

    /** The new type. */
    public AlterColumn type(SqlType<?> newType) {
        this.type = newType;
        return this;
    }

    /** Whether NULL is allowed from now on. */
    public AlterColumn nullable(boolean value) {
        this.nullable = value;
        return this;
    }

    /** The new server default as SQL text ({@code "'active'"}, {@code "0"}); null drops the default. */
    public AlterColumn serverDefault(String sqlText) {
        this.serverDefault = sqlText;
        this.changeDefault = true;
        return this;
    }

    /** PostgreSQL: how to convert existing values to the new type ({@code USING expr}), e.g. {@code "code::integer"}. */
    public AlterColumn using(String sqlExpression) {
        this.using = sqlExpression;
        return this;
    }

    /** Renames the column (done last, after the other changes). */
    public AlterColumn rename(String name) {
        this.newName = name;
        return this;
    }

    /** The column's current type (MySQL/MariaDB offline). */
    public AlterColumn existingType(SqlType<?> t) {
        this.existingType = t;
        return this;
    }

    /** The column's current nullability (MySQL/MariaDB offline). */
    public AlterColumn existingNullable(boolean value) {
        this.existingNullable = value;
        return this;
    }

    /** The column's current server default as SQL text (MySQL/MariaDB offline). */
    public AlterColumn existingServerDefault(String sqlText) {
        this.existingServerDefault = sqlText;
        return this;
    }
}
