package org.jalchemy.migrate.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.Dialects;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.URL;
import org.jalchemy.migrate.Autogenerate;
import org.jalchemy.migrate.MigrationConfig;
import org.jalchemy.migrate.MigrationError;
import org.jalchemy.migrate.Migrator;
import org.jalchemy.migrate.RevisionGraph;
import org.jalchemy.migrate.RevisionInfo;
import org.jalchemy.migrate.RevisionWriter;
import org.jalchemy.migrate.SchemaChange;
import org.jalchemy.migrate.ScriptDirectory;
import org.jalchemy.migrate.VersionTable;
import org.jalchemy.schema.MetaData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jalchemy migrate ...}: the Alembic-style migration commands. */
@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Database migrations.")
public final class MigrateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-c", "--config"}, description = "config file (default: migrations/jalchemy.properties)",
            defaultValue = "migrations/" + MigrationConfig.FILE_NAME, scope = CommandLine.ScopeType.INHERIT)
    Path configFile;

    @Option(names = "--url", description = "database URL, overriding the config's", scope = CommandLine.ScopeType.INHERIT)
    String url;

    @Override public void run() {
        spec.commandLine().usage(out());
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private MigrationConfig config() {
        return MigrationConfig.load(configFile).set("url", url);
    }

    private RevisionGraph graph(MigrationConfig cfg) {
        return new ScriptDirectory(cfg.versions()).load();
    }

    private Migrator migrator(MigrationConfig cfg) {
        PrintWriter out = out();
        return new Migrator(graph(cfg), new VersionTable(cfg.versionTable()), null).progress(line -> {
            out.println(line);
            out.flush();
        });
    }

    /** One connection is all a command uses; a larger pool only makes closing wait for connections opened ahead. */
    private static Engine engine(MigrationConfig cfg) {
        return Engine.builder(cfg.url()).poolSize(1).maxOverflow(0).build();
    }

    private static Dialect dialect(MigrationConfig cfg) {
        return Dialects.forName(URL.parse(cfg.url()).dialectName());
    }

    /** {@code init DIR}. */
    @Command(name = "init", description = "Create a migration environment: DIR/jalchemy.properties and DIR/versions/.")
    int init(@Parameters(paramLabel = "DIR") Path dir,
             @Option(names = "--metadata", description = "class providing the target MetaData") String metadata) {
        MigrationConfig cfg = MigrationConfig.init(dir, url, metadata);
        out().println("Created " + cfg.file() + " and " + cfg.versions());
        out().println("Edit url and metadata in " + cfg.file() + ", then: jalchemy migrate -c " + cfg.file()
                + " revision -m \"first\" --autogenerate");
        return JalchemyCli.OK;
    }

    /** {@code revision -m MSG [--autogenerate]}. */
    @Command(name = "revision", description = "Create a new revision file.")
    int revision(@Option(names = {"-m", "--message"}, defaultValue = "") String message,
                 @Option(names = "--autogenerate", description = "fill it with the differences between models and database") boolean auto,
                 @Option(names = "--head", description = "the revision to build on (default: the one head); base starts a new branch") String head,
                 @Option(names = "--branch-label") List<String> labels,
                 @Option(names = "--rev-id", description = "use this id instead of a random one") String revId) {
        MigrationConfig cfg = config();
        RevisionGraph graph = graph(cfg);
        List<String> down = graph.resolve(head == null ? (graph.heads().isEmpty() ? "base" : "head") : head);
        String upgrade = "";
        String downgrade = "";
        if (auto) {
            MetaData target = cfg.targetMetadata();
            try (Engine engine = engine(cfg); Connection conn = engine.connect()) {
                Set<String> current = new VersionTable(cfg.versionTable()).heads(conn);
                if (!current.equals(new TreeSet<>(down))) {
                    throw new MigrationError("The database is at " + (current.isEmpty() ? "base" : current) + ", not at "
                            + (down.isEmpty() ? "base" : down) + ": upgrade it first, so autogenerate compares against the latest schema");
                }
                List<SchemaChange> changes = new Autogenerate(conn.dialect(), cfg.versionTable())
                        .compareServerDefaults(cfg.compareServerDefaults()).compare(target, conn);
                for (SchemaChange c : changes) {
                    out().println("Detected " + c.description());
                }
                upgrade = Autogenerate.upgradeCode(changes);
                downgrade = Autogenerate.downgradeCode(changes);
            }
        }
        String id = revId == null ? RevisionWriter.newId() : revId;
        Path file = RevisionWriter.write(cfg.versions(), id, down, message, labels == null ? List.of() : labels, upgrade, downgrade);
        out().println("Generated " + file);
        return JalchemyCli.OK;
    }

    /** {@code upgrade REV [--sql]}. */
    @Command(name = "upgrade", description = "Upgrade to REV (head, +N, an id, label@head); --sql prints the SQL instead.")
    int upgrade(@Parameters(paramLabel = "REV", defaultValue = "head") String rev,
                @Option(names = "--sql", description = "offline: print the SQL; REV may be FROM:TO") boolean sql) {
        MigrationConfig cfg = config();
        if (sql) {
            String from = rev.contains(":") ? rev.substring(0, rev.indexOf(':')) : null;
            String to = rev.contains(":") ? rev.substring(rev.indexOf(':') + 1) : rev;
            migrator(cfg).offlineUpgrade(dialect(cfg), printStream(), from, to);
            out().flush();
            return JalchemyCli.OK;
        }
        try (Engine engine = engine(cfg)) {
            List<Migrator.Step> steps = migrator(cfg).upgrade(engine, rev);
            if (steps.isEmpty()) {
                out().println("Already at " + rev + "; nothing to do");
            }
        }
        return JalchemyCli.OK;
    }

    /** {@code downgrade REV [--sql]}. */
    @Command(name = "downgrade", description = "Downgrade to REV (-N, an id, base); --sql FROM:TO prints the SQL instead.")
    int downgrade(@Parameters(paramLabel = "REV") String rev,
                  @Option(names = "--sql", description = "offline: print the SQL; REV must be FROM:TO") boolean sql) {
        MigrationConfig cfg = config();
        if (sql) {
            if (!rev.contains(":")) {
                throw new MigrationError("downgrade --sql needs FROM:TO (offline there is no database to ask where it is)");
            }
            migrator(cfg).offlineDowngrade(dialect(cfg), printStream(), rev.substring(0, rev.indexOf(':')),
                    rev.substring(rev.indexOf(':') + 1));
            out().flush();
            return JalchemyCli.OK;
        }
        try (Engine engine = engine(cfg)) {
            migrator(cfg).downgrade(engine, rev);
        }
        return JalchemyCli.OK;
    }

    private PrintStream printStream() {
        PrintWriter w = out();
        return new PrintStream(new java.io.OutputStream() {
            @Override public void write(int b) {
                w.write(b);
            }

            @Override public void write(byte[] b, int off, int len) {
                w.write(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
            }

            @Override public void flush() {
                w.flush();
            }
        }, true, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@code current}. */
    @Command(name = "current", description = "Show the database's current revision(s).")
    int current() {
        MigrationConfig cfg = config();
        RevisionGraph graph = graph(cfg);
        try (Engine engine = engine(cfg)) {
            Set<String> heads = migrator(cfg).current(engine);
            if (heads.isEmpty()) {
                out().println("(base)");
            }
            for (String id : heads) {
                out().println(line(graph, graph.get(id)));
            }
        }
        return JalchemyCli.OK;
    }

    /** {@code heads}. */
    @Command(name = "heads", description = "Show the heads of the revision graph.")
    int heads() {
        RevisionGraph graph = graph(config());
        for (String id : graph.heads()) {
            out().println(line(graph, graph.get(id)));
        }
        return JalchemyCli.OK;
    }

    /** {@code branches}. */
    @Command(name = "branches", description = "Show revisions where the graph branches.")
    int branches() {
        RevisionGraph graph = graph(config());
        for (RevisionInfo r : graph.all()) {
            if (graph.children(r.id()).size() > 1) {
                out().println(line(graph, r) + " -> " + String.join(", ", graph.children(r.id())));
            }
        }
        return JalchemyCli.OK;
    }

    /** {@code history [-r A:B] [--verbose]}. */
    @Command(name = "history", description = "List revisions, newest first.")
    int history(@Option(names = {"-r", "--rev-range"}, description = "A:B (either side may be empty)") String range,
                @Option(names = {"-v", "--verbose"}) boolean verbose) {
        RevisionGraph graph = graph(config());
        Set<String> shown = new TreeSet<>();
        for (RevisionInfo r : graph.all()) {
            shown.add(r.id());
        }
        if (range != null) {
            String[] ab = range.split(":", -1);
            if (ab.length != 2) {
                throw new MigrationError("-r needs A:B, e.g. base:head or abc1:");
            }
            if (!ab[0].isEmpty() && !ab[0].equals("base")) {
                Set<String> from = new TreeSet<>();
                for (String id : graph.resolve(ab[0])) {
                    from.addAll(graph.descendants(id));
                }
                shown.retainAll(from);
            }
            if (!ab[1].isEmpty()) {
                shown.retainAll(graph.ancestors(graph.resolve(ab[1])));
            }
        }
        List<String> order = new ArrayList<>(graph.topological(shown));
        Collections.reverse(order);
        for (String id : order) {
            RevisionInfo r = graph.get(id);
            out().println(line(graph, r));
            if (verbose) {
                out().println("    Revision ID: " + r.id());
                out().println("    Parent: " + (r.downRevisions().isEmpty() ? "<base>" : String.join(", ", r.downRevisions())));
                if (!r.branchLabels().isEmpty()) {
                    out().println("    Branch labels: " + String.join(", ", r.branchLabels()));
                }
                out().println("    Path: " + (r.source() == null ? r.migrationClass().getName() : r.source()));
            }
        }
        return JalchemyCli.OK;
    }

    private static String line(RevisionGraph graph, RevisionInfo r) {
        String down = r.downRevisions().isEmpty() ? "<base>" : String.join(", ", r.downRevisions());
        List<String> marks = new ArrayList<>();
        if (graph.children(r.id()).isEmpty()) {
            marks.add("(head)");
        }
        if (graph.children(r.id()).size() > 1) {
            marks.add("(branchpoint)");
        }
        if (r.isMerge()) {
            marks.add("(mergepoint)");
        }
        if (!r.branchLabels().isEmpty()) {
            marks.add("(" + String.join(", ", r.branchLabels()) + ")");
        }
        return down + " -> " + r.id() + (marks.isEmpty() ? "" : " " + String.join(" ", marks)) + ", " + r.message();
    }

    /** {@code merge -m MSG REVS...}. */
    @Command(name = "merge", description = "Create a revision merging two or more revisions (e.g. heads).")
    int merge(@Option(names = {"-m", "--message"}, defaultValue = "merge") String message,
              @Parameters(paramLabel = "REV", arity = "1..*") List<String> revs,
              @Option(names = "--rev-id") String revId) {
        MigrationConfig cfg = config();
        RevisionGraph graph = graph(cfg);
        Set<String> down = new TreeSet<>();
        for (String r : revs) {
            down.addAll(graph.resolve(r));
        }
        if (down.size() < 2) {
            throw new MigrationError("A merge needs two or more revisions; " + revs + " is " + down);
        }
        Path file = RevisionWriter.write(cfg.versions(), revId == null ? RevisionWriter.newId() : revId,
                new ArrayList<>(down), message, List.of(), "", "");
        out().println("Generated " + file);
        return JalchemyCli.OK;
    }

    /** {@code stamp REV}. */
    @Command(name = "stamp", description = "Record REV as the current revision without running anything.")
    int stamp(@Parameters(paramLabel = "REV") String rev) {
        MigrationConfig cfg = config();
        try (Engine engine = engine(cfg)) {
            migrator(cfg).stamp(engine, rev);
        }
        out().println("Stamped " + rev);
        return JalchemyCli.OK;
    }

    /** {@code show REV}. */
    @Command(name = "show", description = "Show a revision and its source.")
    int show(@Parameters(paramLabel = "REV") String rev) throws java.io.IOException {
        RevisionGraph graph = graph(config());
        for (String id : graph.resolve(rev)) {
            RevisionInfo r = graph.get(id);
            out().println("Rev: " + r.id() + (graph.children(id).isEmpty() ? " (head)" : ""));
            out().println("Parent: " + (r.downRevisions().isEmpty() ? "<base>" : String.join(", ", r.downRevisions())));
            out().println("Message: " + r.message());
            if (r.source() != null) {
                out().println("Path: " + r.source());
                out().println();
                out().println(Files.readString(r.source()));
            }
        }
        return JalchemyCli.OK;
    }

    /** {@code check}. */
    @Command(name = "check", description = "Exit 3 when the models and the database differ.")
    int check() {
        MigrationConfig cfg = config();
        MetaData target = cfg.targetMetadata();
        try (Engine engine = engine(cfg); Connection conn = engine.connect()) {
            List<SchemaChange> changes = new Autogenerate(conn.dialect(), cfg.versionTable())
                    .compareServerDefaults(cfg.compareServerDefaults()).compare(target, conn);
            if (changes.isEmpty()) {
                out().println("No differences between the models and the database");
                return JalchemyCli.OK;
            }
            for (SchemaChange c : changes) {
                out().println("Detected " + c.description());
            }
            out().println(changes.size() + " difference(s): generate a revision with `revision --autogenerate`");
            return JalchemyCli.DIFFERENCES;
        }
    }
}
