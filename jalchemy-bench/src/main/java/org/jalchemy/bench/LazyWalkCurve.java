package org.jalchemy.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.jalchemy.orm.LazyLoadAutoflush;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.SessionFactory;

/**
 * The lazy_walk curve in one JVM, in thread CPU time (the machine is shared: wall time is noise): for each size
 * (arguments, default 1000 10000 100000) a warm-up walk, then the median of five ({@code -Dbench.runs}), with autoflush
 * on (lazy loads comparing fields, the default, and lazy loads looking only at recorded changes) and off.
 * {@code java -cp ... org.jalchemy.bench.LazyWalkCurve 1000 10000 100000}
 */
public final class LazyWalkCurve {
    private LazyWalkCurve() {}

    /** Entry point. */
    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 10_000, 100_000);
        }
        int runs = Integer.getInteger("bench.runs", 5);
        // the default mode compares the loaded class's objects before each lazy load: past this size it takes minutes
        int compareUpTo = Integer.getInteger("bench.compareUpTo", 30_000);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        System.out.println("| objects | autoflush, COMPARE (default): CPU ms | µs / object | autoflush, RECORDED: CPU ms | µs / object | autoflush off: CPU ms | µs / object |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int size : sizes) {
            try (WalkTables t = WalkTables.create(BenchDatabase.SQLITE, size)) {
                double[] ms = new double[3];
                for (int variant = 0; variant < 3; variant++) {
                    if (variant == 0 && size > compareUpTo) {
                        ms[0] = Double.NaN;
                        continue;
                    }
                    SessionFactory sessions = SessionFactory.builder(t.engine).autoflush(variant < 2)
                            .lazyLoadAutoflush(variant == 1 ? LazyLoadAutoflush.RECORDED : LazyLoadAutoflush.COMPARE)
                            .registry(new Registry().map(WalkArtist.class, WalkAlbum.class, WalkTrack.class)).build();
                    LazyWalk.walk(sessions);
                    long[] times = new long[runs];
                    for (int i = 0; i < runs; i++) {
                        long start = cpu.getCurrentThreadCpuTime();
                        LazyWalk.walk(sessions);
                        times[i] = cpu.getCurrentThreadCpuTime() - start;
                    }
                    java.util.Arrays.sort(times);
                    ms[variant] = times[runs / 2] / 1e6;
                }
                int n = t.objects();
                System.out.printf("| %,d | %.0f | %.2f | %.0f | %.2f | %.0f | %.2f |%n", n, ms[0], ms[0] * 1000 / n,
                        ms[1], ms[1] * 1000 / n, ms[2], ms[2] * 1000 / n);
            }
        }
    }
}
