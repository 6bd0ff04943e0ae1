package org.jalchemy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every workload on every database with allocation profiling and writes {@code docs/performance.md}:
 * a table per workload with time per operation, bytes allocated per operation and the ratio to raw JDBC.
 * {@code -Dquick=true} runs a smoke version of about two minutes in one JVM; the full run (about 120 benchmarks) takes about 15 minutes on 2 cores. Optional argument: a regex of benchmarks to run.
 */
public final class RunAll {
    private RunAll() {}

    /** Entry point (see the README's benchmark section). */
    public static void main(String[] args) throws RunnerException, IOException {
        boolean quick = Sizes.quick();
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        List<String> jvmArgs = new ArrayList<>(List.of("-Dquick=" + quick, "-Xmx2g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"));
        for (String p : List.of("bench.bulkRows", "bench.resultRows", "bench.parents", "bench.schema", "java.io.tmpdir")) {
            if (System.getProperty(p) != null) {
                jvmArgs.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        ChainedOptionsBuilder opts = new OptionsBuilder()
                .include(args.length > 0 ? args[0] : "org\\.jalchemy\\.bench\\..*")
                // quick mode runs in this JVM: ninety JVM start-ups alone would take minutes
                .forks(quick ? 0 : 1)
                .jvmArgsAppend(jvmArgs.toArray(new String[0]))
                .addProfiler(GCProfiler.class)
                // full mode: one 1 s warm-up and three 0.7 s measurements per benchmark, so that the ~120 benchmarks
                // (each in its own JVM, with its table set-up) fit in about 15 minutes on 2 cores
                .warmupIterations(1)
                .warmupTime(TimeValue.milliseconds(quick ? 200 : 1000))
                .measurementIterations(quick ? 1 : 3)
                .measurementTime(TimeValue.milliseconds(quick ? 300 : 700));
        Collection<RunResult> results = new Runner(opts.build()).run();
        Path out = Path.of("docs", "performance.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report(results, quick));
        System.out.println("Wrote " + out.toAbsolutePath());
    }

    private static String report(Collection<RunResult> results, boolean quick) {
        Map<String, List<RunResult>> byWorkload = new LinkedHashMap<>();
        for (RunResult r : results) {
            byWorkload.computeIfAbsent(workload(r), k -> new ArrayList<>()).add(r);
        }
        StringBuilder sb = new StringBuilder("# Performance\n\n");
        sb.append("Measured with JMH (`jalchemy-bench`), ").append(quick ? "**quick mode** (smoke run: sizes /10, one short iteration in one JVM; figures are indicative only)" : "full mode (sizes in `Sizes.java`; per benchmark a fresh JVM, one 1 s warm-up and three 0.7 s measured iterations)")
                .append(", on ").append(LocalDate.now()).append(".\n\n")
                .append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append("; the databases run on the same machine. ").append(System.getProperty("bench.note", "")).append('\n')
                .append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append('\n')
                .append("- Libraries: Hibernate ORM 6.6.13.Final, jOOQ 3.19.24 (open-source edition, no code generation), HikariCP pools for JAlchemy and Hibernate; raw JDBC and jOOQ use one open connection.\n")
                .append("- Reproduce: `mvn -q -Pbench -DskipTests package` (add `-Dquick` for a two-minute smoke run)\n")
                .append("- Ratio: time per operation divided by raw JDBC's (the Core counterparts' floor: values read, nothing mapped), by the hand-written JDBC-to-objects floor's (`floorPojo`, the ORM variants' floor: each row mapped into the same plain class the ORM loads) or by the fastest Hibernate variant's, on the same database; 1.00 = as fast.\n")
                .append("- Allocation: bytes allocated per operation (`-prof gc`, `gc.alloc.rate.norm`).\n")
                .append("- Hibernate on SQLite uses `org.hibernate.community.dialect.SQLiteDialect` (hibernate-community-dialects); SQLite has no sequences, so the sequence-batched Hibernate bulk insert runs on PostgreSQL and MariaDB only.\n");
        for (Map.Entry<String, List<RunResult>> e : byWorkload.entrySet()) {
            sb.append("\n## ").append(e.getKey()).append("\n\n| database | variant | time/op | ± | alloc/op | ratio to raw JDBC | ratio to floor | ratio to Hibernate |\n|---|---|---|---|---|---|---|---|\n");
            Map<String, Double> floor = new LinkedHashMap<>();
            Map<String, Double> pojoFloor = new LinkedHashMap<>();
            Map<String, Double> hibernate = new LinkedHashMap<>();
            for (RunResult r : e.getValue()) {
                String dbName = r.getParams().getParam("db");
                double score = r.getPrimaryResult().getScore();
                if (method(r).equals("rawJdbc")) {
                    floor.put(dbName, score);
                } else if (method(r).equals("floorPojo")) {
                    pojoFloor.put(dbName, score);
                } else if (method(r).startsWith("hibernate")) {
                    hibernate.merge(dbName, score, Math::min);
                }
            }
            List<RunResult> sorted = new ArrayList<>(e.getValue());
            sorted.sort(java.util.Comparator.comparing((RunResult r) -> DATABASES.indexOf(r.getParams().getParam("db")))
                    .thenComparing(r -> family(method(r))).thenComparing(RunAll::method));
            for (RunResult r : sorted) {
                String dbName = r.getParams().getParam("db");
                Result<?> p = r.getPrimaryResult();
                Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
                if (alloc == null) {
                    alloc = r.getSecondaryResults().get("·gc.alloc.rate.norm");
                }
                Double base = floor.get(dbName);
                Double pojo = pojoFloor.get(dbName);
                Double hib = hibernate.get(dbName);
                sb.append("| ").append(dbName).append(" | ").append(method(r)).append(" | ")
                        .append(String.format("%.3f %s", p.getScore(), p.getScoreUnit())).append(" | ")
                        .append(Double.isNaN(p.getScoreError()) ? "" : String.format("%.3f", p.getScoreError())).append(" | ")
                        .append(alloc == null ? "" : String.format("%.0f B", alloc.getScore())).append(" | ")
                        .append(base == null ? "" : String.format("%.2f", p.getScore() / base)).append(" | ")
                        .append(pojo == null ? "" : String.format("%.2f", p.getScore() / pojo)).append(" | ")
                        .append(hib == null ? "" : String.format("%.2f", p.getScore() / hib)).append(" |\n");
            }
        }
        try (var notes = RunAll.class.getResourceAsStream("/performance-notes.md")) {
            if (notes != null) {
                sb.append('\n').append(new String(notes.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sb.toString();
    }

    /** Orders the variants: raw JDBC, the hand-written JDBC-to-objects floor, then JAlchemy Core, JAlchemy ORM, jOOQ, Hibernate. */
    private static int family(String variant) {
        List<String> order = List.of("raw", "floor", "core", "orm", "jooq", "hibernate");
        for (int i = 0; i < order.size(); i++) {
            if (variant.startsWith(order.get(i))) {
                return i;
            }
        }
        return order.size();
    }

    private static final List<String> DATABASES = List.of("sqlite", "postgresql", "mariadb");

    /** SQLAlchemy's name of the workload of a benchmark class ({@code BulkInsertsHibernateBatched} → {@code bulk_inserts}). */
    private static String workload(RunResult r) {
        String bench = r.getParams().getBenchmark();
        String cls = bench.substring(0, bench.lastIndexOf('.'));
        cls = cls.substring(cls.lastIndexOf('.') + 1);
        cls = cls.contains("Hibernate") ? cls.substring(0, cls.indexOf("Hibernate")) : cls;
        return cls.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** The variant: the method name, prefixed with {@code hibernate} for the Hibernate classes. */
    private static String method(RunResult r) {
        String b = r.getParams().getBenchmark();
        String m = b.substring(b.lastIndexOf('.') + 1);
        String objects = r.getParams().getParamsKeys().contains("objects") ? " (" + r.getParams().getParam("objects") + " objects)" : "";
        return (b.substring(0, b.lastIndexOf('.')).contains("Hibernate") ? "hibernate" + Character.toUpperCase(m.charAt(0)) + m.substring(1) : m)
                + objects;
    }
}
