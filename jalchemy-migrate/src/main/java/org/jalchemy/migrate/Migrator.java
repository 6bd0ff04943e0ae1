package org.jalchemy.migrate;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.sqlite.SqliteDialect;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.schema.NamingConvention;

/**
 * Runs revisions against a database: upgrade, downgrade, stamp, current. Each revision runs in its own transaction
 * together with its version-table update, so on SQLite and PostgreSQL a failing revision leaves the schema as it
 * was; on MySQL/MariaDB (DDL commits by itself) the run stops at the failing revision and the error lists the
 * statements that had already run. On SQLite each revision runs with foreign-key enforcement off and
 * {@code PRAGMA foreign_key_check} before its commit (see {@link SqliteForeignKeys}), so batch rebuilds of referenced
 * tables fire no ON DELETE actions and no revision commits a row without its parent.
 */
public final class Migrator {
    private final RevisionGraph graph;
    private final VersionTable versionTable;
    private final NamingConvention naming;
    private Consumer<String> progress = s -> { };

    /** A migrator for {@code graph} recording into {@code versionTable}. */
    public Migrator(RevisionGraph graph, VersionTable versionTable, NamingConvention naming) {
        this.graph = graph;
        this.versionTable = versionTable;
        this.naming = naming;
    }

    /** Receives one line per revision applied ("Upgrade a -> b (message) 12 ms"). */
    public Migrator progress(Consumer<String> listener) {
        this.progress = listener;
        return this;
    }

    /** The revision graph. */
    public RevisionGraph graph() {
        return graph;
    }

    /** The heads recorded in the database. */
    public Set<String> current(Engine engine) {
        try (Connection conn = engine.connect()) {
            return versionTable.heads(conn);
        }
    }

    /** One step of a plan: a revision and its direction. */
    public record Step(RevisionInfo revision, boolean upgrade) {
    }

    /** The revisions an upgrade to {@code target} would apply from {@code current}, in order. */
    public List<Step> upgradePlan(Set<String> current, String target) {
        Set<String> applied = graph.ancestors(current);
        Set<String> goal;
        if (target.matches("\\+\\d+")) {
            goal = new LinkedHashSet<>(applied);
            for (int i = 0; i < Integer.parseInt(target.substring(1)); i++) {
                List<String> next = new ArrayList<>();
                for (RevisionInfo r : graph.all()) {
                    if (!goal.contains(r.id()) && goal.containsAll(r.downRevisions()) && goal.containsAll(r.dependsOn())) {
                        next.add(r.id());
                    }
                }
                if (next.size() != 1) {
                    throw new MigrationError(next.isEmpty() ? "Cannot upgrade " + target + ": only " + i + " revision(s) remain"
                            : "Cannot upgrade " + target + ": the next revision is ambiguous " + next + "; name one");
                }
                goal.add(next.get(0));
            }
        } else {
            goal = graph.ancestors(graph.resolve(target));
        }
        List<Step> plan = new ArrayList<>();
        Set<String> todo = new TreeSet<>(goal);
        todo.removeAll(applied);
        for (String id : graph.topological(todo)) {
            plan.add(new Step(graph.get(id), true));
        }
        return plan;
    }

    /** The revisions a downgrade to {@code target} would undo from {@code current}, in order. */
    public List<Step> downgradePlan(Set<String> current, String target) {
        Set<String> applied = graph.ancestors(current);
        Set<String> remove = new TreeSet<>();
        if (target.matches("-\\d+")) {
            for (int i = 0; i < Integer.parseInt(target.substring(1)); i++) {
                Set<String> top = graph.maximal(minus(applied, remove));
                if (top.isEmpty()) {
                    throw new MigrationError("Cannot downgrade " + target + ": only " + i + " revision(s) are applied");
                }
                if (top.size() > 1) {
                    throw new MigrationError("Cannot downgrade " + target + ": the database has several heads " + top
                            + "; name the revision to go down to");
                }
                remove.addAll(top);
            }
        } else {
            List<String> keep = graph.resolve(target);
            if (keep.isEmpty()) {
                remove.addAll(applied);
            } else {
                for (String k : keep) {
                    Set<String> above = graph.descendants(k);
                    above.remove(k);
                    above.retainAll(applied);
                    remove.addAll(above);
                }
            }
        }
        List<String> order = new ArrayList<>(graph.topological(remove));
        java.util.Collections.reverse(order);
        List<Step> plan = new ArrayList<>();
        for (String id : order) {
            plan.add(new Step(graph.get(id), false));
        }
        return plan;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.removeAll(b);
        return out;
    }

    /** Upgrades the database to {@code target}; returns the steps run. */
    public List<Step> upgrade(Engine engine, String target) {
        Set<String> current = current(engine);
        return run(engine, current, upgradePlan(current, target));
    }

    /** Downgrades the database to {@code target} ({@code -1}, an id, {@code base}); returns the steps run. */
    public List<Step> downgrade(Engine engine, String target) {
        Set<String> current = current(engine);
        return run(engine, current, downgradePlan(current, target));
    }

    /** Records {@code target} as the current revision(s) without running anything. */
    public void stamp(Engine engine, String target) {
        Set<String> after = new TreeSet<>(graph.resolve(target));
        engine.transaction(conn -> {
            versionTable.ensure(conn);
            versionTable.update(SqlSink.online(conn), versionTable.heads(conn), after);
        });
    }

    private List<Step> run(Engine engine, Set<String> current, List<Step> plan) {
        Set<String> applied = graph.ancestors(current);
        try (Connection conn = engine.connect()) {
            conn.begin();
            versionTable.ensure(conn);
            conn.commit();
            for (Step step : plan) {
                long start = System.nanoTime();
                SqlSink sink = SqlSink.online(conn);
                Set<String> before = graph.maximal(applied);
                // SQLite: enforcement off for the revision so batch rebuilds fire no ON DELETE actions; checked before commit
                boolean foreignKeysOff = conn.dialect() instanceof SqliteDialect && SqliteForeignKeys.switchOff(conn);
                conn.begin();
                try {
                    apply(step, new Operations(sink, naming));
                    if (step.upgrade()) {
                        applied.add(step.revision().id());
                    } else {
                        applied.remove(step.revision().id());
                    }
                    versionTable.update(sink, before, graph.maximal(applied));
                    if (foreignKeysOff) {
                        SqliteForeignKeys.check(conn);
                    }
                    conn.commit();
                } catch (RuntimeException e) {
                    conn.rollback();
                    boolean transactional = conn.dialect().supportsTransactionalDdl();
                    throw new MigrationError(describe(step) + " failed: " + e.getMessage()
                            + (transactional ? "; its changes were rolled back"
                            : "; " + conn.dialect().name() + " commits DDL by itself, so these statements had run: "
                            + sink.sent()), transactional ? List.of() : sink.sent(), e);
                } finally {
                    if (foreignKeysOff) {
                        SqliteForeignKeys.switchOn(conn);
                    }
                }
                progress.accept(describe(step) + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
        }
        return plan;
    }

    private static void apply(Step step, Operations op) {
        if (step.upgrade()) {
            step.revision().newMigration().upgrade(op);
        } else {
            step.revision().newMigration().downgrade(op);
        }
    }

    private static String describe(Step step) {
        RevisionInfo r = step.revision();
        String down = r.downRevisions().isEmpty() ? "base" : String.join(", ", r.downRevisions());
        return step.upgrade() ? "Upgrade " + down + " -> " + r.id() + ", " + r.message()
                : "Downgrade " + r.id() + " -> " + down + ", " + r.message();
    }

    /** Prints the SQL of an upgrade from {@code from} (null: from base, creating the version table) to {@code target}. */
    public void offlineUpgrade(Dialect dialect, PrintStream out, String from, String target) {
        Set<String> current = from == null ? Set.of() : new TreeSet<>(graph.resolve(from));
        SqlSink sink = SqlSink.offline(dialect, out);
        if (from == null) {
            versionTable.create(sink);
        }
        offline(sink, current, upgradePlan(current, target));
    }

    /** Prints the SQL of a downgrade from {@code from} to {@code target}. */
    public void offlineDowngrade(Dialect dialect, PrintStream out, String from, String target) {
        Set<String> current = new TreeSet<>(graph.resolve(from));
        offline(SqlSink.offline(dialect, out), current, downgradePlan(current, target));
    }

    private void offline(SqlSink sink, Set<String> current, List<Step> plan) {
        Set<String> applied = graph.ancestors(current);
        Operations op = new Operations(sink, naming);
        for (Step step : plan) {
            Set<String> before = graph.maximal(applied);
            apply(step, op);
            if (step.upgrade()) {
                applied.add(step.revision().id());
            } else {
                applied.remove(step.revision().id());
            }
            versionTable.update(sink, before, graph.maximal(applied));
        }
    }
}
