package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jalchemy.schema.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * javac, given the processor artifact on the processor path ({@code -processorpath}, what Maven's
 * {@code annotationProcessorPaths} and Gradle's {@code annotationProcessor} pass), generates the metamodel: for
 * a class-path application and for a modular one; the runtime jars alone bring no processor.
 */
class MetamodelProcessorTest {
    @TempDir
    Path dir;

    private static String location(Class<?> c) throws URISyntaxException {
        return new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    }

    private static String location(String className) throws Exception {
        return location(Class.forName(className));
    }

    /** The processor artifact: its classes and META-INF/services, nothing of the ORM runtime. */
    private static String processorPath() throws Exception {
        return location("org.jalchemy.orm.processor.MetamodelProcessor");
    }

    @Test
    void plainJavacGeneratesTheMetamodelFromTheProcessorPath() throws Exception {
        Path src = dir.resolve("src/demo");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Book.java"), """
                package demo;
                import java.util.List;
                import org.jalchemy.orm.*;
                @Entity(table = "books")
                public class Book {
                    @Id Integer id;
                    @Column(length = 80) String title;
                    int pages;
                    byte[] cover;
                    @Transient String scratch;
                    List<String> notAColumn;
                    static int counter;
                    protected Book() {}
                }
                """);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        String cp = location(ColumnAttribute.class) + File.pathSeparator + location(Column.class);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, List.of("-classpath", cp, "-processorpath", processorPath(),
                "-d", out.toString(), "-s", out.toString(), src.resolve("Book.java").toString()).toArray(new String[0]));
        assertThat(rc).isZero();
        String generated = Files.readString(out.resolve("demo/Book_.java"));
        assertThat(generated)
                .contains("public final class Book_")
                .contains("public static final ColumnAttribute<demo.Book, java.lang.Integer> id")
                .contains("public static final ColumnAttribute<demo.Book, java.lang.String> title")
                .contains("public static final ColumnAttribute<demo.Book, java.lang.Integer> pages")
                .contains("public static final ColumnAttribute<demo.Book, byte[]> cover")
                .doesNotContain("scratch").doesNotContain("notAColumn").doesNotContain("counter");
        assertThat(out.resolve("demo/Book_.class")).exists();
    }

    @Test
    void recordsAndEmbeddedColumnsGetAttributes() throws Exception {
        Path src = dir.resolve("src/demo");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Shop.java"), """
                package demo;
                import org.jalchemy.orm.*;
                public class Shop {
                    public record Address(String city, @Column(name = "postcode") String zip, int floor) {}
                    @Entity(table = "stores")
                    public record Store(@Id String code, @Embedded Address address, Integer size) {}
                }
                """);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        String cp = location(ColumnAttribute.class) + File.pathSeparator + location(Column.class);
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, List.of("-classpath", cp,
                "-processorpath", processorPath(), "-d", out.toString(),
                "-s", out.toString(), src.resolve("Shop.java").toString()).toArray(new String[0]));
        assertThat(rc).isZero();
        String generated = Files.readString(out.resolve("demo/Shop_Store_.java"));
        assertThat(generated)
                .contains("public static final ColumnAttribute<demo.Shop.Store, java.lang.String> code")
                .contains("ColumnAttribute<demo.Shop.Store, java.lang.String> address_city =")
                .contains("new ColumnAttribute<>(demo.Shop.Store.class, \"address.city\", java.lang.String.class)")
                .contains("ColumnAttribute<demo.Shop.Store, java.lang.String> address_zip =")
                .contains("ColumnAttribute<demo.Shop.Store, java.lang.Integer> address_floor =")
                .contains("ColumnAttribute<demo.Shop.Store, java.lang.Integer> size")
                .doesNotContain("> address =");
    }

    @Test
    void theRuntimeJarsBringNoProcessor() throws Exception {
        // the processor is its own artifact: with only core and orm on the class path, javac generates nothing, and
        // code that uses the metamodel fails to compile (what a user who forgot annotationProcessorPaths sees)
        Path src = dir.resolve("src/demo");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Tag.java"), """
                package demo;
                import org.jalchemy.orm.*;
                @Entity(table = "tags")
                public class Tag { @Id Integer id; String name; protected Tag() {} }
                """);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        String cp = location(ColumnAttribute.class) + File.pathSeparator + location(Column.class);
        // a javac process of its own: in-process javac would also search this test JVM's class path, which has the
        // processor (a test dependency here)
        Process javac = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-classpath", cp, "-proc:full", "-d", out.toString(), "-s", out.toString(),
                src.resolve("Tag.java").toString()).redirectErrorStream(true).start();
        String output = new String(javac.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(javac.waitFor()).as(output).isZero();
        assertThat(out.resolve("demo/Tag.class")).exists();
        assertThat(out.resolve("demo/Tag_.java")).doesNotExist();
    }

    @Test
    void aModularApplicationGetsItsMetamodel() throws Exception {
        // module-info requires org.jalchemy.orm (not java.compiler); the metamodel must compile inside the module
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("app/model"));
        Files.writeString(src.resolve("module-info.java"), """
                module app {
                    requires org.jalchemy.orm;
                    opens app.model to org.jalchemy.orm;
                }
                """);
        Files.writeString(src.resolve("app/model/Author.java"), """
                package app.model;
                import org.jalchemy.orm.*;
                @Entity(table = "authors")
                public class Author {
                    @Id Integer id;
                    @Column(length = 40) String name;
                    protected Author() {}
                    /** Uses the generated metamodel, so the module compiles only when it was generated. */
                    public static ColumnAttribute<Author, String> nameAttribute() { return Author_.name; }
                }
                """);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        String modulePath = String.join(File.pathSeparator, location(ColumnAttribute.class), location(Column.class),
                location("com.zaxxer.hikari.HikariConfig"), location("org.slf4j.Logger"),
                location("com.fasterxml.jackson.jr.ob.JSON"), location("com.fasterxml.jackson.core.JsonFactory"));
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, List.of("--module-path", modulePath,
                "-processorpath", processorPath(), "-d", out.toString(), "-s", out.toString(),
                src.resolve("module-info.java").toString(), src.resolve("app/model/Author.java").toString())
                .toArray(new String[0]));
        assertThat(rc).isZero();
        assertThat(out.resolve("app/model/Author_.class")).exists();
        // the module does not read java.compiler, so the metamodel leaves out @javax.annotation.processing.Generated
        assertThat(Files.readString(out.resolve("app/model/Author_.java")))
                .contains("public static final ColumnAttribute<app.model.Author, java.lang.String> name")
                .doesNotContain("@javax.annotation.processing.Generated");
    }
}
