package org.jalchemy.schema;

import org.jalchemy.types.SqlType;

/**
 * A column as the database reports it.
 *
 * @param name          the column name as stored
 * @param type          the JAlchemy type the database type maps to; {@code Types.NULLTYPE} when unknown
 *                      (values then pass through the driver unchanged, so the column can still be queried)
 * @param typeName      the database's own spelling of the type, e.g. {@code character varying(50)}
 * @param nullable      whether NULL is allowed
 * @param defaultText   the server default as SQL text as the database reports it, or null
 * @param autoincrement whether the database generates values (SERIAL/identity, AUTO_INCREMENT, SQLite rowid alias)
 * @param comment       the column comment, or null
 */
public record ReflectedColumn(String name, SqlType<?> type, String typeName, boolean nullable, String defaultText,
                              boolean autoincrement, String comment) {
}
