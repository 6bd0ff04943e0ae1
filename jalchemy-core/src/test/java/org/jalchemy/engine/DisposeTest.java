package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Sql.text;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Disposing a pooled engine closes its connections quietly and promptly. */
class DisposeTest {
    @Test
    void disposeWaitsForPendingConnectsInsteadOfTimingOut(@TempDir Path dir) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < 3; i++) {
                Engine engine = Engine.create("sqlite:///" + dir.resolve("dispose" + i + ".db"));
                try (Connection a = engine.connect(); Connection b = engine.connect()) {
                    a.execute(text("SELECT 1")).all();
                    b.execute(text("SELECT 1")).all();
                }
                engine.dispose();
            }
        } finally {
            System.setErr(original);
        }
        // HikariCP waits the DataSource's login timeout for connects still under way; 0 made it give up at once
        assertThat(buffer.toString(StandardCharsets.UTF_8)).doesNotContain("Timed-out waiting for add connection executor");
        assertThat(Files.exists(dir.resolve("dispose0.db"))).isTrue();
    }
}
