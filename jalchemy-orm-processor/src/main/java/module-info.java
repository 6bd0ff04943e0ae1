/**
 * The JAlchemy metamodel annotation processor. Build-time only: put it on the processor path
 * ({@code annotationProcessorPaths} in Maven, the {@code annotationProcessor} configuration in Gradle), never on
 * an application's class or module path. The runtime module {@code org.jalchemy.orm} does not need it.
 */
module org.jalchemy.orm.processor {
    requires java.compiler;

    provides javax.annotation.processing.Processor with org.jalchemy.orm.processor.MetamodelProcessor;
}
