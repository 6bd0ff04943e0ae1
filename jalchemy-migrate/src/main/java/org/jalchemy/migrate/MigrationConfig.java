package org.jalchemy.migrate;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.jalchemy.schema.MetaData;

/**
 * A migration environment's settings, read from {@code jalchemy.properties}: {@code url} (database URL),
 * {@code metadata} (class providing the target MetaData), {@code version_table}, {@code compare_server_defaults};
 * revisions live in {@code versions/} next to the file.
 */
public final class MigrationConfig {
    /** The config file name {@code init} writes. */
    public static final String FILE_NAME = "jalchemy.properties";

    private final Path file;
    private final Properties props;

    private MigrationConfig(Path file, Properties props) {
        this.file = file;
        this.props = props;
    }

    /** Reads {@code file}; a missing file is a {@link MigrationError} saying to run {@code init}. */
    public static MigrationConfig load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MigrationError("No migration config at " + file.toAbsolutePath()
                    + ": create one with `jalchemy migrate init DIR`, or point to it with -c");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new MigrationError("Cannot read " + file + ": " + e.getMessage(), List.of(), e);
        }
        return new MigrationConfig(file, p);
    }

    /** Creates {@code dir} with a config file and an empty {@code versions/}; refuses an existing config. */
    public static MigrationConfig init(Path dir, String url, String metadataClass) {
        Path file = dir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            throw new MigrationError(file + " already exists; init refuses to overwrite it");
        }
        String text = "# JAlchemy migration environment\n"
                + "# Database URL (overridden by --url), e.g. postgresql://user:pass@localhost:5432/app\n"
                + "url = " + (url == null ? "sqlite:///app.db" : url) + "\n"
                + "# Class providing the target MetaData: implements org.jalchemy.migrate.MetadataProvider,\n"
                + "# or has a static metadata() method. Needed by revision --autogenerate and check.\n"
                + "metadata = " + (metadataClass == null ? "" : metadataClass) + "\n"
                + "# Table recording the current revision(s)\n"
                + "version_table = " + VersionTable.DEFAULT_NAME + "\n"
                + "# Whether autogenerate compares server defaults\n"
                + "compare_server_defaults = false\n";
        try {
            Files.createDirectories(dir.resolve("versions"));
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new MigrationError("Cannot create the environment in " + dir + ": " + e.getMessage(), List.of(), e);
        }
        return load(file);
    }

    /** The config file. */
    public Path file() {
        return file;
    }

    /** The versions directory next to the config file. */
    public Path versions() {
        Path parent = file.toAbsolutePath().getParent();
        return parent.resolve(props.getProperty("versions", "versions"));
    }

    /** The database URL. */
    public String url() {
        String url = props.getProperty("url", "").trim();
        if (url.isEmpty()) {
            throw new MigrationError("No database URL: set url in " + file + " or pass --url");
        }
        return url;
    }

    /** The version table name. */
    public String versionTable() {
        String v = props.getProperty("version_table", "").trim();
        return v.isEmpty() ? VersionTable.DEFAULT_NAME : v;
    }

    /** Whether autogenerate compares server defaults. */
    public boolean compareServerDefaults() {
        return Boolean.parseBoolean(props.getProperty("compare_server_defaults", "false").trim());
    }

    /** The metadata class name, or null. */
    public String metadataClass() {
        String v = props.getProperty("metadata", "").trim();
        return v.isEmpty() ? null : v;
    }

    /** Overrides a setting (the CLI's --url). */
    public MigrationConfig set(String key, String value) {
        if (value != null) {
            props.setProperty(key, value);
        }
        return this;
    }

    /** The target MetaData from the configured class. */
    public MetaData targetMetadata() {
        String name = metadataClass();
        if (name == null) {
            throw new MigrationError("No target MetaData: set metadata = <class> in " + file
                    + " (a MetadataProvider, or a class with a static metadata() method)");
        }
        return loadMetadata(name);
    }

    /** Loads the MetaData a class provides: {@link MetadataProvider}, or a static {@code metadata()} method. */
    public static MetaData loadMetadata(String className) {
        try {
            Class<?> c = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
            if (MetadataProvider.class.isAssignableFrom(c)) {
                var ctor = c.getDeclaredConstructor();
                ctor.setAccessible(true);
                return ((MetadataProvider) ctor.newInstance()).metadata();
            }
            Method m = c.getMethod("metadata");
            if (Modifier.isStatic(m.getModifiers()) && MetaData.class.isAssignableFrom(m.getReturnType())) {
                return (MetaData) m.invoke(null);
            }
            throw new MigrationError(className + " neither implements MetadataProvider nor has a static metadata() method");
        } catch (ClassNotFoundException e) {
            throw new MigrationError("Metadata class " + className + " is not on the class path", List.of(), e);
        } catch (NoSuchMethodException e) {
            throw new MigrationError(className + " neither implements MetadataProvider nor has a static metadata() method",
                    List.of(), e);
        } catch (ReflectiveOperationException e) {
            throw new MigrationError("Cannot get the MetaData from " + className + ": " + e, List.of(), e);
        }
    }
}
