package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Properties;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.mysql.MariaDbDialect;
import org.jalchemy.dialect.postgresql.PostgresDialect;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.OperationalError;
import org.junit.jupiter.api.Test;

/**
 * The connect timeout, separate from the pool timeout: a database that cannot be reached fails the first
 * {@code connect()} with the driver's error and the host and port, in about the connect timeout, not after the
 * pool timeout (30 s). Real drivers against loopback: a closed port (refused) and a socket that never answers.
 */
class ConnectTimeoutTest {
    private static final String[] SERVERS = {"postgresql://postgres@127.0.0.1:%d/test", "mariadb://root@127.0.0.1:%d/test"};

    /** Runs connect() on the engine and returns the error and the seconds it took; the test fails past 15 s. */
    private static OperationalError connectError(Engine engine, double[] seconds) {
        return assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
            long start = System.nanoTime();
            try (Connection c = engine.connect()) {
                throw new AssertionError("connected to " + engine.url() + ": " + c);
            } catch (OperationalError e) {
                seconds[0] = (System.nanoTime() - start) / 1e9;
                return e;
            }
        });
    }

    @Test
    void aClosedPortFailsAtOnceNamingHostAndPort() {
        for (String server : SERVERS) {
            try (Engine engine = Engine.create(String.format(server, 1))) {
                double[] seconds = new double[1];
                OperationalError e = connectError(engine, seconds);
                assertThat(e.getMessage()).as(server).contains("host 127.0.0.1, port 1").contains("127.0.0.1:1");
                assertThat(seconds[0]).as(server + ": seconds, with a 30 s pool timeout").isLessThan(5);
                // the engine stays usable and fails the same way again (no pool left half started)
                assertThat(connectError(engine, seconds)).isNotNull();
                assertThat(seconds[0]).isLessThan(5);
            }
        }
    }

    @Test
    void aServerThatNeverAnswersFailsAfterTheConnectTimeout() throws Exception {
        // a listening socket whose connections the kernel accepts but nobody serves: the driver waits for a greeting
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = silent.getLocalPort();
            for (String server : SERVERS) {
                String url = String.format(server, port);
                for (Engine engine : new Engine[] {
                        Engine.builder(url + "?connect_timeout=1").build(),
                        Engine.builder(url).connectTimeout(Duration.ofSeconds(1)).build()}) {
                    try (engine) {
                        double[] seconds = new double[1];
                        OperationalError e = connectError(engine, seconds);
                        assertThat(e.getMessage()).as(url).contains("host 127.0.0.1, port " + port);
                        assertThat(seconds[0]).as(url + ": seconds, with a 1 s connect timeout").isGreaterThan(0.5).isLessThan(5);
                    }
                }
            }
        }
    }

    @Test
    void theTimeoutReachesEachDriverInItsOwnUnits() {
        Properties pg = new Properties();
        PostgresDialect.INSTANCE.applyConnectTimeout(pg, Duration.ofMillis(2500));
        assertThat(pg).containsEntry("connectTimeout", "3").containsEntry("loginTimeout", "3");
        Properties maria = new Properties();
        MariaDbDialect.INSTANCE.applyConnectTimeout(maria, Duration.ofMillis(2500));
        assertThat(maria).containsEntry("connectTimeout", "2500");
        // a driver property the user sets in the URL wins over the engine's
        Dialect d = PostgresDialect.INSTANCE;
        Properties own = d.jdbcProperties(URL.parse("postgresql://u@h/db?connectTimeout=9&connect_timeout=2"));
        d.applyConnectTimeout(own, Duration.ofSeconds(2));
        assertThat(own).containsEntry("connectTimeout", "9").containsEntry("loginTimeout", "2")
                .doesNotContainKey("connect_timeout");
    }

    @Test
    void aBadConnectTimeoutIsRefused() {
        assertThatThrownBy(() -> Engine.create("postgresql://u@127.0.0.1/db?connect_timeout=soon"))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("connect_timeout 'soon'");
        assertThatThrownBy(() -> Engine.create("postgresql://u@127.0.0.1/db?connect_timeout=0"))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("positive number of seconds");
        assertThatThrownBy(() -> Engine.builder("postgresql://u@127.0.0.1/db").connectTimeout(Duration.ZERO))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("connectTimeout");
        assertThat(URL.parse("postgresql://u@h/db?connect_timeout=0.5").connectTimeout()).isEqualTo(Duration.ofMillis(500));
    }
}
