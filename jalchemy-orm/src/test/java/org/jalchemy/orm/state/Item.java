package org.jalchemy.orm.state;

/** What the state tests need of either kind of entity. */
public interface Item {
    /** The primary key. */
    Integer id();

    /** Changes the mapped name field. */
    void rename(String name);
}
