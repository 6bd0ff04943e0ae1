/**
 * JAlchemy ORM: declarative mapping and Session / unit of work. The metamodel annotation processor is the separate
 * artifact {@code jalchemy-orm-processor}, used at compile time only.
 * Entity packages of a named module must be opened to this module (field access through MethodHandles).
 */
module org.jalchemy.orm {
    requires transitive org.jalchemy.core;
    requires org.slf4j;

    exports org.jalchemy.orm;
    exports org.jalchemy.orm.exc;
}
