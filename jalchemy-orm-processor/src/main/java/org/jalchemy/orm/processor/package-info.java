/**
 * {@link org.jalchemy.orm.processor.MetamodelProcessor}, which writes a metamodel class ({@code User_}) for each
 * {@code @Entity} class at compile time.
 */
package org.jalchemy.orm.processor;
