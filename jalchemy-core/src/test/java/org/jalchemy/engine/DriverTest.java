package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.jalchemy.exc.NoSuchModuleError;
import org.junit.jupiter.api.Test;

/**
 * Finding the JDBC driver: a missing one fails {@code build()} at once, naming the Maven coordinates to add; an
 * unknown {@code +driver} name is refused; a driver only the application's (context) class loader sees is used.
 * The class loaders are real: JAlchemy Core and its dependencies loaded apart from this test's class path.
 */
class DriverTest {
    private static URL location(String className) throws ClassNotFoundException, URISyntaxException {
        try {
            return new File(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toURI().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JAlchemy Core with HikariCP, SLF4J and jackson-jr, and no JDBC driver; java.sql comes from the platform. */
    private static URLClassLoader coreWithoutDrivers() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String c : List.of("org.jalchemy.engine.Engine", "com.zaxxer.hikari.HikariConfig", "org.slf4j.Logger",
                "com.fasterxml.jackson.jr.ob.JSON", "com.fasterxml.jackson.core.JsonFactory")) {
            urls.add(location(c));
        }
        return new URLClassLoader("core-without-drivers", urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }

    /** {@code Engine.create(url)} run in {@code loader}, with it as the context class loader; the exception it throws. */
    private static Throwable createIn(ClassLoader core, ClassLoader context, String url) throws Exception {
        Thread t = Thread.currentThread();
        ClassLoader saved = t.getContextClassLoader();
        t.setContextClassLoader(context);
        try {
            Method create = core.loadClass("org.jalchemy.engine.Engine").getMethod("create", String.class);
            Object engine = create.invoke(null, url);
            engine.getClass().getMethod("close").invoke(engine);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } finally {
            t.setContextClassLoader(saved);
        }
    }

    @Test
    void aMissingDriverFailsBuildAtOnceNamingItsMavenCoordinates() throws Exception {
        try (URLClassLoader core = coreWithoutDrivers()) {
            String[][] cases = {
                    {"sqlite:///app.db", "org.xerial:sqlite-jdbc", "org.sqlite.JDBC"},
                    {"sqlite:///:memory:", "org.xerial:sqlite-jdbc", "org.sqlite.JDBC"},
                    {"postgresql://scott@127.0.0.1:5432/test", "org.postgresql:postgresql", "org.postgresql.Driver"},
                    {"mariadb://root@127.0.0.1:3306/test", "org.mariadb.jdbc:mariadb-java-client", "org.mariadb.jdbc.Driver"},
                    {"mysql://root@127.0.0.1:3306/test", "org.mariadb.jdbc:mariadb-java-client", "org.mariadb.jdbc.Driver"},
            };
            for (String[] c : cases) {
                long start = System.nanoTime();
                Throwable error = createIn(core, core, c[0]);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertThat(error).as(c[0]).isNotNull();
                // loaded by the isolated loader: compare by name
                assertThat(error.getClass().getName()).as(c[0]).isEqualTo(NoSuchModuleError.class.getName());
                assertThat(error.getMessage()).as(c[0])
                        .contains("add the dependency " + c[1]).contains(c[2])
                        .contains("<groupId>" + c[1].split(":")[0] + "</groupId>")
                        .contains("runtimeOnly '" + c[1] + ":VERSION'");
                assertThat(millis).as(c[0] + " fails at build, without waiting for the pool timeout").isLessThan(3_000);
            }
        }
    }

    @Test
    void oracleWithoutItsDriverOnThisClassPath() {
        // the Oracle driver is not a dependency of this build at all
        assertThatThrownBy(() -> Engine.create("oracle://scott:tiger@127.0.0.1:1521/xe"))
                .isInstanceOf(NoSuchModuleError.class)
                .hasMessageContaining("com.oracle.database.jdbc:ojdbc11")
                .hasMessageContaining("oracle.jdbc.OracleDriver")
                .hasMessageNotContaining("tiger");
    }

    @Test
    void aDriverOnlyTheContextClassLoaderSeesIsUsed() throws Exception {
        // an application (or build plugin) class loader with the driver, JAlchemy's own loader without it
        try (URLClassLoader core = coreWithoutDrivers();
             URLClassLoader app = new URLClassLoader("app", new URL[] {location("org.sqlite.JDBC")}, core)) {
            assertThat(createIn(core, app, "sqlite:///:memory:")).isNull();
            Thread t = Thread.currentThread();
            ClassLoader saved = t.getContextClassLoader();
            t.setContextClassLoader(app);
            try {
                Object engine = core.loadClass("org.jalchemy.engine.Engine").getMethod("create", String.class)
                        .invoke(null, "sqlite:///:memory:");
                // connect() opens the physical connection through the driver found in the context class loader
                Object conn = engine.getClass().getMethod("connect").invoke(engine);
                assertThat(conn.getClass().getMethod("isClosed").invoke(conn)).isEqualTo(false);
                conn.getClass().getMethod("close").invoke(conn);
                engine.getClass().getMethod("close").invoke(engine);
            } finally {
                t.setContextClassLoader(saved);
            }
        }
    }

    @Test
    void anUnknownDriverNameIsRefused() {
        assertThatThrownBy(() -> Engine.create("postgresql+psycopg2://scott:tiger@127.0.0.1/test"))
                .isInstanceOf(NoSuchModuleError.class)
                .hasMessageContaining("Unknown driver 'psycopg2'")
                .hasMessageContaining("for dialect postgresql")
                .hasMessageContaining("[pgjdbc]")
                .hasMessageNotContaining("tiger");
        assertThatThrownBy(() -> Engine.create("sqlite+pysqlite:///:memory:"))
                .isInstanceOf(NoSuchModuleError.class).hasMessageContaining("[xerial]");
    }

    @Test
    void theNamedDefaultDriverIsAccepted() {
        try (Engine e = Engine.create("sqlite+xerial:///:memory:")) {
            try (Connection c = e.connect()) {
                Object one = c.execute(org.jalchemy.Sql.text("SELECT 1")).scalar();
                assertThat(((Number) one).intValue()).isEqualTo(1);   // untyped integers come back as Long since issue 13
            }
        }
    }
}
