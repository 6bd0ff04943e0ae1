package org.jalchemy.sql.compiler;

import org.jalchemy.sql.ColumnElement;
import org.jalchemy.types.JdbcHandler;

/**
 * One column of a statement's result: its name (label or column name, null for an unnamed expression), the
 * expression it came from (so rows can be read by column object) and the handler that reads its values.
 */
public record ResultColumn(String name, ColumnElement<?> element, JdbcHandler<?> handler) {
}
