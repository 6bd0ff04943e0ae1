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
 * {@code -Dquick=true} runs a one-minute smoke version. Optional argument: a regex of benchmarks to run.
 */
public final class RunAll {
    private RunAll() {}

    /** Entry point (see the README's benchmark section). */
    public static void main(String[] args) throws RunnerException, IOException {
        boolean quick = Sizes.quick();
        ChainedOptionsBuilder opts = new OptionsBuilder()
                .include(args.length > 0 ? args[0] : "org\\.jalchemy\\.bench\\..*")
                .forks(1)
                .jvmArgsAppend("-Dquick=" + quick, "-Xmx2g")
                .addProfiler(GCProfiler.class)
                .warmupIterations(quick ? 1 : 2)
                .warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 1 : 3)
                .measurementTime(TimeValue.seconds(quick ? 1 : 2));
        Collection<RunResult> results = new Runner(opts.build()).run();
        Path out = Path.of("docs", "performance.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report(results, quick));
        System.out.println("Wrote " + out.toAbsolutePath());
    }

    private static String report(Collection<RunResult> results, boolean quick) {
        Map<String, List<RunResult>> byWorkload = new LinkedHashMap<>();
        for (RunResult r : results) {
            String bench = r.getParams().getBenchmark();
            String workload = bench.substring(0, bench.lastIndexOf('.'));
            workload = workload.substring(workload.lastIndexOf('.') + 1);
            byWorkload.computeIfAbsent(workload, k -> new ArrayList<>()).add(r);
        }
        StringBuilder sb = new StringBuilder("# Performance\n\n");
        sb.append("Measured with JMH (`jalchemy-bench`), ").append(quick ? "**quick mode** (smoke run: sizes /10, one short iteration; figures are indicative only)" : "reduced sizes (see `Sizes.java`)")
                .append(", on ").append(LocalDate.now()).append(".\n\n")
                .append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append('\n')
                .append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append('\n')
                .append("- Reproduce: `mvn -q -Pbench -DskipTests package` (add `-Dquick` for a one-minute smoke run)\n")
                .append("- Ratio: time per operation divided by raw JDBC's on the same database (1.00 = as fast as hand-written JDBC).\n")
                .append("- Allocation: bytes allocated per operation (`-prof gc`, `gc.alloc.rate.norm`).\n");
        for (Map.Entry<String, List<RunResult>> e : byWorkload.entrySet()) {
            sb.append("\n## ").append(e.getKey()).append("\n\n| database | variant | time/op | ± | alloc/op | ratio to raw JDBC |\n|---|---|---|---|---|---|\n");
            Map<String, Double> floor = new LinkedHashMap<>();
            for (RunResult r : e.getValue()) {
                if (method(r).equals("rawJdbc")) {
                    floor.put(r.getParams().getParam("db"), r.getPrimaryResult().getScore());
                }
            }
            for (RunResult r : e.getValue()) {
                String dbName = r.getParams().getParam("db");
                Result<?> p = r.getPrimaryResult();
                Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
                if (alloc == null) {
                    alloc = r.getSecondaryResults().get("·gc.alloc.rate.norm");
                }
                Double base = floor.get(dbName);
                sb.append("| ").append(dbName).append(" | ").append(method(r)).append(" | ")
                        .append(String.format("%.3f %s", p.getScore(), p.getScoreUnit())).append(" | ")
                        .append(Double.isNaN(p.getScoreError()) ? "" : String.format("%.3f", p.getScoreError())).append(" | ")
                        .append(alloc == null ? "" : String.format("%.0f B", alloc.getScore())).append(" | ")
                        .append(base == null ? "" : String.format("%.2f", p.getScore() / base)).append(" |\n");
            }
        }
        return sb.toString();
    }

    private static String method(RunResult r) {
        String b = r.getParams().getBenchmark();
        return b.substring(b.lastIndexOf('.') + 1);
    }
}
