package org.jalchemy.migrate;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jalchemy.schema.Table;

/**
 * The {@code versions/} directory of an environment: revision sources compiled on the fly with javax.tools (so
 * editing a revision needs no build step), plus any revision classes given directly (compiled into the class path).
 */
public final class ScriptDirectory {
    private final Path versions;
    private final List<Class<? extends Migration>> extra;

    /** Revisions from the {@code .java} files in {@code versions} (may be null) and the given classes. */
    @SafeVarargs
    public ScriptDirectory(Path versions, Class<? extends Migration>... classes) {
        this.versions = versions;
        this.extra = List.of(classes);
    }

    /** The versions directory, or null. */
    public Path versions() {
        return versions;
    }

    /** Compiles and loads every revision; a compile error is a {@link MigrationError} with javac's messages. */
    public RevisionGraph load() {
        List<RevisionInfo> infos = new ArrayList<>();
        for (Class<? extends Migration> c : extra) {
            infos.add(RevisionInfo.of(c, null));
        }
        if (versions != null && Files.isDirectory(versions)) {
            List<Path> sources = sources();
            if (!sources.isEmpty()) {
                // javac takes a second or two: reuse the classes while no source has changed
                String key = fingerprint(sources);
                infos.addAll(COMPILED.computeIfAbsent(key, k -> compile(sources)));
            }
        }
        return new RevisionGraph(infos);
    }

    private static final java.util.Map<String, List<RevisionInfo>> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The paths and contents of the sources, hashed. */
    private static String fingerprint(List<Path> sources) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (Path p : sources) {
                md.update(p.toAbsolutePath().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(p));
                md.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new MigrationError("Cannot read the revisions: " + e.getMessage(), List.of(), e);
        }
    }

    private List<Path> sources() {
        try (Stream<Path> s = Files.list(versions)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new MigrationError("Cannot list " + versions + ": " + e.getMessage(), List.of(), e);
        }
    }

    private List<RevisionInfo> compile(List<Path> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new MigrationError("Revision sources need a JDK (javax.tools found no Java compiler); run with a JDK, not a JRE");
        }
        Path out;
        try {
            out = Files.createTempDirectory("jalchemy-revisions");
        } catch (IOException e) {
            throw new MigrationError("Cannot create a temporary directory for compiled revisions", List.of(), e);
        }
        out.toFile().deleteOnExit();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of("-classpath", classPath(), "-d", out.toString(), "-proc:none", "-nowarn",
                    "-encoding", "UTF-8");
            boolean ok = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok) {
                StringBuilder msg = new StringBuilder("Revision sources in " + versions + " do not compile:");
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    if (d.getKind() == Diagnostic.Kind.ERROR) {
                        msg.append("\n  ").append(d.getSource() == null ? "" : d.getSource().getName())
                                .append(':').append(d.getLineNumber()).append(": ").append(d.getMessage(null));
                    }
                }
                throw new MigrationError(msg.toString());
            }
        } catch (IOException e) {
            throw new MigrationError("Cannot compile revisions in " + versions + ": " + e.getMessage(), List.of(), e);
        }
        try {
            try (Stream<Path> compiled = Files.walk(out)) {
                // deleted in reverse order of registration: files before their directories
                compiled.skip(1).forEach(f -> f.toFile().deleteOnExit());
            } catch (IOException e) {
                // only clean-up: the classes are there
            }
            URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, ScriptDirectory.class.getClassLoader());
            List<RevisionInfo> infos = new ArrayList<>();
            for (Path src : sources) {
                String name = src.getFileName().toString().replaceFirst("\\.java$", "");
                Class<?> c = loader.loadClass(packageOf(src) + name);
                if (!Migration.class.isAssignableFrom(c)) {
                    throw new MigrationError(src + " declares " + c.getName() + ", which does not implement Migration");
                }
                infos.add(RevisionInfo.of(c.asSubclass(Migration.class), src));
            }
            return infos;
        } catch (MalformedURLException | ClassNotFoundException e) {
            throw new MigrationError("Cannot load compiled revisions: " + e.getMessage(), List.of(), e);
        }
    }

    private static String packageOf(Path src) {
        try {
            for (String line : Files.readAllLines(src)) {
                String t = line.trim();
                if (t.startsWith("package ")) {
                    return t.substring(8, t.indexOf(';')).trim() + ".";
                }
                if (t.startsWith("import ") || t.startsWith("@") || t.contains("class ")) {
                    break;
                }
            }
            return "";
        } catch (IOException e) {
            throw new MigrationError("Cannot read " + src, List.of(), e);
        }
    }

    /** The JVM's class path plus the jars or directories holding JAlchemy itself (surefire hides them in a manifest jar). */
    static String classPath() {
        Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        for (Class<?> c : List.of(Migration.class, Table.class)) {
            try {
                entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException | RuntimeException e) {
                // no code source (unusual class loader): the class path alone must do
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
