package org.jalchemy.migrate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Writes new revision source files into a versions directory. */
public final class RevisionWriter {
    private static final SecureRandom RANDOM = new SecureRandom();

    private RevisionWriter() {
    }

    /** A fresh random 12-hex-digit revision id. */
    public static String newId() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /**
     * Writes a revision with {@code upgradeBody} / {@code downgradeBody} (Java statements using {@code op}; empty
     * bodies get a {@code // write your changes here} hint); returns the file.
     */
    public static Path write(Path versions, String id, List<String> down, String message, List<String> branchLabels,
                             String upgradeBody, String downgradeBody) {
        String slug = message == null ? "" : message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40);
        }
        String cls = "R_" + id + (slug.isEmpty() ? "" : "_" + slug);
        String src = "import static org.jalchemy.Sql.*;\n"
                + "import static org.jalchemy.types.Types.*;\n\n"
                + "import java.util.List;\n"
                + "import java.util.Map;\n"
                + "import org.jalchemy.migrate.*;\n"
                + "import org.jalchemy.schema.*;\n\n"
                + "/** " + (message == null || message.isBlank() ? "Revision " + id : message.replace("*/", "* /")) + " */\n"
                + "@Revision(id = \"" + id + "\", down = {" + quoted(down) + "}, message = \"" + escape(message)
                + "\"" + (branchLabels.isEmpty() ? "" : ", branchLabels = {" + quoted(branchLabels) + "}") + ")\n"
                + "public class " + cls + " implements Migration {\n"
                + "    @Override public void upgrade(Operations op) {\n" + body(upgradeBody) + "    }\n\n"
                + "    @Override public void downgrade(Operations op) {\n" + body(downgradeBody) + "    }\n"
                + "}\n";
        try {
            Files.createDirectories(versions);
            Path file = versions.resolve(cls + ".java");
            Files.writeString(file, src);
            return file;
        } catch (IOException e) {
            throw new MigrationError("Cannot write revision into " + versions + ": " + e.getMessage(), List.of(), e);
        }
    }

    private static String body(String code) {
        if (code == null || code.isBlank()) {
            return "        // write your changes here\n";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            if (!line.isEmpty()) {
                sb.append("        ").append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static String quoted(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (String s : items) {
            sb.append(sb.length() == 0 ? "" : ", ").append('"').append(escape(s)).append('"');
        }
        return sb.toString();
    }

    /**
     * Escapes text for a Java string literal: backslash, quote and every control character (CR or NUL written raw
     * would end or break the literal; javac reads Unicode escapes before it reads strings, so control characters
     * are written as octal escapes, never as Unicode ones).
     */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append('\\').append(String.format("%03o", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
