package org.jalchemy.examples;

import static org.jalchemy.examples.Tour.section;
import static org.jalchemy.examples.Tour.show;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jalchemy.migrate.cli.JalchemyCli;

/** TOUR.md section 7: the {@code jalchemy migrate} commands, run in-process on a SQLite file. */
final class MigrationTour {
    private MigrationTour() {}

    static void run() {
        section("7. Migrations");
        Path dir;
        try {
            dir = Files.createTempDirectory("jalchemy-tour");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String config = dir.resolve("migrations/jalchemy.properties").toString();
        migrate("init", dir.resolve("migrations").toString(), "--url", "sqlite:///" + dir.resolve("app.db"),
                "--metadata", MigrationModels.class.getName());
        MigrationModels.useVersion(1);
        migrate("-c", config, "revision", "-m", "create users", "--autogenerate");
        migrate("-c", config, "upgrade", "head");
        MigrationModels.useVersion(2);
        show("check after changing the models: exit code", migrate("-c", config, "check"));
        migrate("-c", config, "revision", "-m", "add email and posts", "--autogenerate");
        migrate("-c", config, "upgrade", "head");
        migrate("-c", config, "history");
        migrate("-c", config, "downgrade", "-1");
        migrate("-c", config, "current");
        show("offline mode: the SQL of upgrade head from an empty database, printed instead of run", "");
        migrate("-c", config, "upgrade", "head", "--sql");
    }

    /** Runs {@code jalchemy migrate ARGS} and returns its exit code. */
    private static int migrate(String... args) {
        List<String> all = new ArrayList<>();
        all.add("migrate");
        all.addAll(List.of(args));
        System.out.println("$ jalchemy " + String.join(" ", all));
        return JalchemyCli.commandLine().execute(all.toArray(new String[0]));
    }
}
