package org.jalchemy.schema;

import org.jalchemy.sql.NextValue;

/**
 * A database sequence ({@code CREATE SEQUENCE name START WITH start}) on PostgreSQL, MariaDB and Oracle. A column
 * given one with {@link Column#sequence(Sequence)} takes its DEFAULT from it; {@code MetaData.createAll} creates it
 * before the tables and {@code dropAll} drops it after them. SQLite has no sequences: there it is skipped and the
 * column stays a plain autoincrement key.
 *
 * @param name the sequence name
 * @param start the first value
 */
public record Sequence(String name, long start) {
    /** A sequence starting at 1. */
    public static Sequence of(String name) {
        return new Sequence(name, 1);
    }

    /** The next value as a BIGINT expression: {@code nextval('s')}, {@code NEXT VALUE FOR s}, {@code s.NEXTVAL}. */
    public NextValue nextValue() {
        return new NextValue(this);
    }
}
