/**
 * The metamodel annotation processor: {@link org.jalchemy.orm.processor.MetamodelProcessor} generates, for each
 * {@code @Entity} class {@code User}, a class {@code User_} in the same package with a typed attribute constant per
 * mapped field ({@code User_.username} is a {@code ColumnAttribute<User, String>}). It is its own artifact,
 * {@code jalchemy-orm-processor}, declared through {@code annotationProcessorPaths} (Maven) or
 * {@code annotationProcessor} (Gradle).
 * <p>It runs inside javac and reads entities through {@code javax.lang.model} only: it loads no entity class and
 * knows no database, Session or mapper at run time.
 */
package org.jalchemy.orm.processor;
