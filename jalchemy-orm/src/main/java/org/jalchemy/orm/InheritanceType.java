package org.jalchemy.orm;

/**
 * How a mapped class hierarchy is stored (the names are JPA's; SQLAlchemy calls them single-table, joined-table and
 * concrete-table inheritance). See docs/orm-relationships.md.
 */
public enum InheritanceType {
    /** One table for the whole hierarchy; a discriminator column names each row's class. The default. */
    SINGLE_TABLE,
    /**
     * The root's table (with the discriminator) holds the inherited columns; each subclass has its own table holding its
     * own fields, whose primary key is also a foreign key to its parent's table.
     */
    JOINED,
    /**
     * Concrete-table inheritance: each class has its own table holding every column, inherited ones included; a query
     * of the (abstract) root is a UNION ALL of those tables.
     */
    TABLE_PER_CLASS
}
