package org.jalchemy.sql.compiler;

import org.jalchemy.types.JdbcHandler;
import org.jalchemy.types.SqlType;

/**
 * Where the value of one {@code ?} comes from: the statement's own bound value number {@code bindIndex}
 * (in cache-key order), or the execution parameter {@code name} (element {@code element} of a collection).
 *
 * @param handler the JDBC handler of {@code type}, or null when the type is only known from the value
 */
public record BindSlot(int bindIndex, String name, int element, SqlType<Object> type, JdbcHandler<Object> handler) {
    /** Whether the value comes from the execution parameters. */
    public boolean named() {
        return bindIndex < 0;
    }
}
