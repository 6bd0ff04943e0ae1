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

/** javac finds the processor on the class path (META-INF/services) and generates the metamodel. */
class MetamodelProcessorTest {
    @TempDir
    Path dir;

    private static String location(Class<?> c) throws URISyntaxException {
        return new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    }

    @Test
    void plainJavacGeneratesTheMetamodelFromTheClassPath() throws Exception {
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
        int rc = javac.run(null, null, null, List.of("-classpath", cp, "-d", out.toString(), "-s", out.toString(),
                src.resolve("Book.java").toString()).toArray(new String[0]));
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
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, List.of("-classpath", cp, "-d", out.toString(),
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
}
