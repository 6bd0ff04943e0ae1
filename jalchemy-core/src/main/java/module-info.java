/**
 * JAlchemy Core: engine, connections, schema, types and the SQL expression language.
 */
module org.jalchemy.core {
    requires transitive java.sql;
    requires com.zaxxer.hikari;
    requires org.slf4j;
    requires com.fasterxml.jackson.jr.ob;

    exports org.jalchemy;
    exports org.jalchemy.engine;
    exports org.jalchemy.pool;
    exports org.jalchemy.schema;
    exports org.jalchemy.types;
    exports org.jalchemy.sql;
    exports org.jalchemy.sql.compiler;
    exports org.jalchemy.dialect;
    exports org.jalchemy.dialect.sqlite;
    exports org.jalchemy.dialect.postgresql;
    exports org.jalchemy.dialect.mysql;
    exports org.jalchemy.dialect.oracle;
    exports org.jalchemy.exc;
    // not exported: org.jalchemy.dialect.internal (helpers shared by the dialect packages)
}
