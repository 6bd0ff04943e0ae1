package org.jalchemy.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Comparisons on typed columns are checked by javac: {@code age.gt("x")} on a {@code Column<Integer>} does not compile. */
class TypedColumnTest {
    private static final String TABLE = """
            import org.jalchemy.schema.*;
            import org.jalchemy.sql.*;
            import static org.jalchemy.types.Types.*;
            class Users extends Table {
                public final Column<Integer> age = column("age", INTEGER);
                public final Column<String> name = column("name", string(20));
                Users(MetaData m) { super("users", m); }
            }
            class Use {
                Object f(Users u) { return %s; }
            }
            """;

    /** Compiles the snippet with the JDK's javac in a separate process; returns javac's errors, empty if it compiled. */
    private static String compile(String expression) throws Exception {
        Path dir = Files.createTempDirectory("typed-column");
        Files.writeString(dir.resolve("Use.java"), TABLE.formatted(expression));
        Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        Process p = new ProcessBuilder(javac.toString(), "-proc:none", "-classpath", System.getProperty("java.class.path"),
                "-d", dir.resolve("out").toString(), dir.resolve("Use.java").toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        return p.waitFor() == 0 ? "" : output + " ";
    }

    @Test
    void wellTypedComparisonsCompile() throws Exception {
        assertThat(compile("u.age.gt(5).toString() + u.name.like(\"a%\") + u.age.mul(2).plus(1) + u.age.between(1, 2)"
                + " + u.name.eq((String) null) + org.jalchemy.Sql.func.count().gt(1)")).isEmpty();
    }

    @Test
    void comparingAnIntegerColumnWithAStringDoesNotCompile() throws Exception {
        assertThat(compile("u.age.gt(\"x\")")).contains("no suitable method found for gt(");
        assertThat(compile("u.age.in(java.util.List.of(\"a\", \"b\"))")).contains("no suitable method found for in(");
        assertThat(compile("u.name.plus(1)")).contains("no suitable method found for plus(");
    }
}
