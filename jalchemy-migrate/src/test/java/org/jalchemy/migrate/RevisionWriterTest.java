package org.jalchemy.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revision files are Java source: text that autogenerate or a user's message puts into a string literal must
 * compile and come back unchanged, whatever characters it holds.
 */
class RevisionWriterTest {
    @TempDir
    Path dir;

    @Test
    void hostileTextInAMessageCompilesAndComesBackUnchanged() {
        String message = "line 1\r\nline 2\ttab \"quoted\" back\\slash \\u0022 nul\0" + "7 bell\u0007 del\u007f é ✓";
        RevisionWriter.write(dir, "aaaa00000001", List.of(), message, List.of("b\r\"\\"), "", "");

        RevisionInfo r = new ScriptDirectory(dir).load().get("aaaa00000001");

        assertThat(r.message()).isEqualTo(message);
        assertThat(r.branchLabels()).containsExactly("b\r\"\\");
    }

    @Test
    void controlCharactersAreWrittenAsOctalEscapesNeverAsUnicodeOnes() {
        // javac turns a unicode escape into the raw character before it reads the literal: a CR written that way ends it
        assertThat(RevisionWriter.escape("a\rb\0" + "1\u001fc")).isEqualTo("a\\rb\\0001\\037c");
    }
}
