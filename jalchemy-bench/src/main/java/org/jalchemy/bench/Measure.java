package org.jalchemy.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A direct-call harness for a busy machine: runs some variants of one workload in one JVM, alternating them
 * round after round, and reports per operation the benchmark thread's CPU time and allocated bytes
 * ({@code ThreadMXBean}; the latter is what {@code -prof gc} reports as {@code gc.alloc.rate.norm}) and the wall
 * time, as the median over the rounds. Thread CPU and allocation do not depend on what else the machine runs,
 * which JMH's wall-clock scores on a shared 2-core machine do.
 * <pre>
 * java -cp ... org.jalchemy.bench.Measure LargeResultsets sqlite floorPojo,ormPlainObjects [rounds] [ops]
 * </pre>
 * Sizes as for JMH ({@code -Dbench.resultRows=...}, {@code -Dquick}).
 */
public final class Measure {
    private Measure() {}

    /** Entry point: workload class (simple name), database, comma-separated variants, rounds (5), operations per round (10). */
    public static void main(String[] args) throws Exception {
        Class<?> type = Class.forName("org.jalchemy.bench." + args[0]);
        Object bench = type.getConstructor().newInstance();
        type.getField("db").set(bench, args[1]);
        List<String> variants = Arrays.asList(args[2].split(","));
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int ops = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        List<Method> perIteration = new ArrayList<>();
        Method tearDown = null;
        for (Method m : type.getMethods()) {
            Setup s = m.getAnnotation(Setup.class);
            if (s != null && s.value() == Level.Trial) {
                m.invoke(bench);
            } else if (s != null) {
                perIteration.add(m);
            }
            if (m.getAnnotation(TearDown.class) != null) {
                tearDown = m;
            }
        }
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<String, List<double[]>> samples = new LinkedHashMap<>();
        for (int round = -1; round < rounds; round++) {  // round -1 warms every variant up
            for (String v : variants) {
                Method m = Arrays.stream(type.getMethods()).filter(x -> x.getName().equals(v)).findFirst().orElseThrow();
                double cpu = 0;
                double bytes = 0;
                double wall = 0;
                int n = round < 0 ? Math.max(ops, 20) : ops;
                for (int i = 0; i < n; i++) {
                    for (Method s : perIteration) {
                        s.invoke(bench);
                    }
                    long c0 = threads.getCurrentThreadCpuTime();
                    long b0 = threads.getCurrentThreadAllocatedBytes();
                    long w0 = System.nanoTime();
                    Object out = m.getParameterCount() == 1 ? m.invoke(bench, bh) : m.invoke(bench);
                    wall += System.nanoTime() - w0;
                    bytes += threads.getCurrentThreadAllocatedBytes() - b0;
                    cpu += threads.getCurrentThreadCpuTime() - c0;
                    bh.consume(out);
                }
                if (round >= 0) {
                    samples.computeIfAbsent(v, k -> new ArrayList<>()).add(new double[] {cpu / n, bytes / n, wall / n});
                }
            }
        }
        if (tearDown != null) {
            tearDown.invoke(bench);
        }
        double[] base = null;
        System.out.printf("%s %s (%d rounds x %d ops): median per op%n", args[0], args[1], rounds, ops);
        for (Map.Entry<String, List<double[]>> e : samples.entrySet()) {
            double cpu = median(e.getValue(), 0);
            double bytes = median(e.getValue(), 1);
            double wall = median(e.getValue(), 2);
            if (base == null) {
                base = new double[] {cpu, bytes};
            }
            System.out.printf("  %-22s cpu %10.3f ms (%.2fx)  alloc %,14.0f B (%.2fx)  wall %10.3f ms  cpu runs %s%n", e.getKey(),
                    cpu / 1e6, cpu / base[0], bytes, bytes / base[1], wall / 1e6,
                    e.getValue().stream().map(x -> String.format("%.2f", x[0] / 1e6)).toList());
        }
    }

    private static double median(List<double[]> xs, int i) {
        double[] v = xs.stream().mapToDouble(x -> x[i]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
