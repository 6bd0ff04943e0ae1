package org.jalchemy.sql.compiler;

import org.jalchemy.types.JdbcHandler;
import org.jalchemy.types.SqlType;

/**
 * Where the value of one {@code ?} comes from: the statement's own bound value number {@code bindIndex}
 * (in cache-key order), or the execution parameter {@code name} (element {@code element} of a collection).
 * An array slot ({@code array}) binds several values as one array parameter (PostgreSQL's {@code = ANY(?)}):
 * the own bound values numbered {@code arrayBinds}, or every element of the collection parameter {@code name},
 * each converted to {@code type}.
 *
 * @param handler the JDBC handler of {@code type} (of the array for an array slot), or null when the type is only
 *        known from the value
 */
public record BindSlot(int bindIndex, String name, int element, SqlType<Object> type, JdbcHandler<Object> handler,
                       boolean array, int[] arrayBinds) {
    /** A slot for one value. */
    public BindSlot(int bindIndex, String name, int element, SqlType<Object> type, JdbcHandler<Object> handler) {
        this(bindIndex, name, element, type, handler, false, null);
    }

    /** An array slot over the statement's own bound values numbered {@code binds}. */
    static BindSlot arrayOf(int[] binds, SqlType<Object> type, JdbcHandler<Object> handler) {
        return new BindSlot(binds[0], null, -1, type, handler, true, binds);
    }

    /** An array slot over every element of the collection given as execution parameter {@code name}. */
    static BindSlot arrayOf(String name, SqlType<Object> type, JdbcHandler<Object> handler) {
        return new BindSlot(-1, name, -1, type, handler, true, null);
    }

    /** Whether the value comes from the execution parameters. */
    public boolean named() {
        return bindIndex < 0;
    }
}
