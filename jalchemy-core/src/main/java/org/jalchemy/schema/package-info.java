/**
 * Schema definition, DDL and reflection: {@link org.jalchemy.schema.MetaData} (a collection of tables),
 * {@link org.jalchemy.schema.Table}, {@link org.jalchemy.schema.Column}, the constraints
 * ({@link org.jalchemy.schema.PrimaryKeyConstraint}, {@link org.jalchemy.schema.ForeignKeyConstraint},
 * {@link org.jalchemy.schema.UniqueConstraint}, {@link org.jalchemy.schema.CheckConstraint}),
 * {@link org.jalchemy.schema.Index}, {@link org.jalchemy.schema.Sequence} and
 * {@link org.jalchemy.schema.NamingConvention}; the DDL statements ({@link org.jalchemy.schema.CreateTable},
 * {@link org.jalchemy.schema.DropTable}, {@link org.jalchemy.schema.AddConstraint}, ..., visited through
 * {@link org.jalchemy.schema.DdlVisitor}); and {@link org.jalchemy.schema.Inspector} with the {@code Reflected*}
 * records for what the database reports.
 * <pre>{@code
 * MetaData metadata = new MetaData();
 * Table users = metadata.table("users", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(50)));
 * metadata.createAll(engine);
 * }</pre>
 * Schema objects describe; they do not render SQL: DDL text comes from each dialect's DDL compiler and catalogue
 * queries from its {@code Reflection}. Package-private {@code DdlOrder} (table order, cycle-breaking foreign keys)
 * and {@code Reflector} (behind {@code MetaData.reflect}) serve this package only.
 */
package org.jalchemy.schema;
