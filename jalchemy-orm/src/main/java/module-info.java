/**
 * JAlchemy ORM: declarative mapping, Session / unit of work, and the metamodel annotation processor.
 * Entity packages of a named module must be opened to this module (field access through MethodHandles).
 */
module org.jalchemy.orm {
    requires transitive org.jalchemy.core;
    requires transitive java.compiler;
    requires org.slf4j;

    exports org.jalchemy.orm;
    exports org.jalchemy.orm.exc;
    exports org.jalchemy.orm.processor;

    provides javax.annotation.processing.Processor with org.jalchemy.orm.processor.MetamodelProcessor;
}
