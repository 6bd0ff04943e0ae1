package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jalchemy.dialect.mysql.MariaDbDialect;
import org.jalchemy.dialect.postgresql.PostgresDialect;
import org.jalchemy.dialect.sqlite.SqliteDialect;
import org.jalchemy.exc.ArgumentError;
import org.junit.jupiter.api.Test;

/** Parsing and rendering of database URLs; no database needed. */
class URLTest {
    @Test
    void parsesEveryPart() {
        URL u = URL.parse("postgresql+pgjdbc://scott:tiger@db.example.com:5433/shop?sslmode=require&application_name=app");
        assertThat(u.drivername()).isEqualTo("postgresql+pgjdbc");
        assertThat(u.dialectName()).isEqualTo("postgresql");
        assertThat(u.driver()).isEqualTo("pgjdbc");
        assertThat(u.username()).isEqualTo("scott");
        assertThat(u.password()).isEqualTo("tiger");
        assertThat(u.host()).isEqualTo("db.example.com");
        assertThat(u.port()).isEqualTo(5433);
        assertThat(u.database()).isEqualTo("shop");
        assertThat(u.query()).containsExactly(Map.entry("sslmode", "require"), Map.entry("application_name", "app"));
    }

    @Test
    void dialectWithoutDriver() {
        URL u = URL.parse("mariadb://root@localhost/test");
        assertThat(u.dialectName()).isEqualTo("mariadb");
        assertThat(u.driver()).isNull();
        assertThat(u.password()).isNull();
        assertThat(u.port()).isNull();
    }

    @Test
    void percentDecodesUserPasswordDatabaseAndQuery() {
        URL u = URL.parse("postgresql://us%3Aer:p%40ss%2Fw+rd@host/my%20db?opt=a%26b");
        assertThat(u.username()).isEqualTo("us:er");
        assertThat(u.password()).isEqualTo("p@ss/w+rd");
        assertThat(u.database()).isEqualTo("my db");
        assertThat(u.query()).containsEntry("opt", "a&b");
        // and it round-trips
        assertThat(URL.parse(u.render(false))).isEqualTo(u);
    }

    @Test
    void ipv6Host() {
        URL u = URL.parse("postgresql://u:pw@[::1]:5432/db");
        assertThat(u.host()).isEqualTo("::1");
        assertThat(u.port()).isEqualTo(5432);
        assertThat(u.render(false)).isEqualTo("postgresql://u:pw@[::1]:5432/db");
        assertThat(PostgresDialect.INSTANCE.jdbcUrl(u)).isEqualTo("jdbc:postgresql://[::1]:5432/db");
        assertThat(MariaDbDialect.INSTANCE.jdbcUrl(URL.parse("mariadb://root@[fe80::1]/test")))
                .isEqualTo("jdbc:mariadb://[fe80::1]/test");
    }

    @Test
    void missingParts() {
        URL u = URL.parse("postgresql://localhost");
        assertThat(u.username()).isNull();
        assertThat(u.password()).isNull();
        assertThat(u.port()).isNull();
        assertThat(u.database()).isNull();
        assertThat(u.query()).isEmpty();
        assertThat(PostgresDialect.INSTANCE.jdbcUrl(URL.parse("postgresql:///test"))).isEqualTo("jdbc:postgresql://localhost/test");
        URL userOnly = URL.parse("postgresql://bob@host/db");
        assertThat(userOnly.username()).isEqualTo("bob");
        assertThat(userOnly.password()).isNull();
        URL emptyPassword = URL.parse("postgresql://bob:@host/db");
        assertThat(emptyPassword.password()).isEmpty();
    }

    @Test
    void sqliteForms() {
        URL relative = URL.parse("sqlite:///relative.db");
        assertThat(relative.host()).isNull();
        assertThat(relative.database()).isEqualTo("relative.db");
        assertThat(SqliteDialect.INSTANCE.jdbcUrl(relative)).isEqualTo("jdbc:sqlite:relative.db");
        assertThat(SqliteDialect.isMemory(relative)).isFalse();

        URL nested = URL.parse("sqlite:///data/app.db");
        assertThat(nested.database()).isEqualTo("data/app.db");
        assertThat(nested.render(false)).isEqualTo("sqlite:///data/app.db");

        URL absolute = URL.parse("sqlite:////var/lib/absolute.db");
        assertThat(absolute.database()).isEqualTo("/var/lib/absolute.db");
        assertThat(SqliteDialect.INSTANCE.jdbcUrl(absolute)).isEqualTo("jdbc:sqlite:/var/lib/absolute.db");
        assertThat(absolute.render(false)).isEqualTo("sqlite:////var/lib/absolute.db");

        URL memory = URL.parse("sqlite:///:memory:");
        assertThat(memory.database()).isEqualTo(":memory:");
        assertThat(SqliteDialect.isMemory(memory)).isTrue();
        assertThat(memory.render(false)).isEqualTo("sqlite:///:memory:");

        URL bare = URL.parse("sqlite://");
        assertThat(bare.host()).isNull();
        assertThat(bare.database()).isNull();
        assertThat(SqliteDialect.isMemory(bare)).isTrue();
        assertThat(SqliteDialect.INSTANCE.jdbcUrl(bare)).isEqualTo("jdbc:sqlite::memory:");
    }

    @Test
    void renderMasksPassword() {
        URL u = URL.parse("postgresql://scott:tiger@localhost:5432/test?sslmode=disable");
        assertThat(u.render(true)).isEqualTo("postgresql://scott:***@localhost:5432/test?sslmode=disable");
        assertThat(u.render(false)).isEqualTo("postgresql://scott:tiger@localhost:5432/test?sslmode=disable");
        assertThat(u.toString()).isEqualTo("postgresql://scott:***@localhost:5432/test?sslmode=disable")
                .doesNotContain("tiger");
        assertThat(URL.parse("postgresql://scott@localhost/test").toString()).isEqualTo("postgresql://scott@localhost/test");
    }

    @Test
    void withDatabaseAndQueryCopy() {
        URL u = URL.parse("mariadb://root@localhost/test");
        assertThat(u.withDatabase("other").database()).isEqualTo("other");
        assertThat(u.withQuery("k", "v").query()).containsEntry("k", "v");
        assertThat(u.query()).isEmpty();
        assertThatThrownBy(() -> u.query().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void malformedUrlIsAnArgumentError() {
        assertThatThrownBy(() -> URL.parse("not a url"))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Could not parse database URL 'not a url'")
                .hasMessageContaining("dialect[+driver]://");
        assertThatThrownBy(() -> URL.parse("")).isInstanceOf(ArgumentError.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> URL.parse(null)).isInstanceOf(ArgumentError.class);
    }

    @Test
    void unencodedAtInPasswordIsRejectedWithoutLeakingIt() {
        assertThatThrownBy(() -> URL.parse("postgresql://scott:se@cret@localhost/test"))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("postgresql://scott:***@localhost/test")
                .hasMessageContaining("%40")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("cret"));
    }

    @Test
    void badPortIsAnArgumentErrorNamingThePort() {
        assertThatThrownBy(() -> URL.parse("postgresql://u:secret@localhost:54x2/test"))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Port '54x2'")
                .hasMessageContaining("not a number")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
        assertThatThrownBy(() -> URL.parse("postgresql://localhost:70000/test"))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Port 70000")
                .hasMessageContaining("out of range");
    }

    @Test
    void unknownDialectIsAnArgumentErrorNamingIt() {
        assertThatThrownBy(() -> Engine.create("foo://x"))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Unknown dialect 'foo'")
                .hasMessageContaining("postgresql");
        assertThatThrownBy(() -> Engine.builder("nosuchdb", new org.sqlite.SQLiteDataSource()))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Unknown dialect 'nosuchdb'");
    }
}
