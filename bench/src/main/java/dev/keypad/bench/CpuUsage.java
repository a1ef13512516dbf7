package dev.keypad.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * How busy the machine was during a measurement: the CPU this JVM used, the CPU every process used
 * (from Linux's {@code /proc/stat}), and the CPU the hypervisor took (steal), each in cores. On a
 * shared two-core machine this tells a slow measurement from a crowded one. Immutable.
 *
 * @param jvmCores     cores this JVM kept busy on average, e.g. 1.9 of 2
 * @param machineCores cores busy in all processes; NaN where {@code /proc/stat} cannot be read
 * @param stealCores   cores the hypervisor gave to others; NaN where {@code /proc/stat} cannot be read
 */
record CpuUsage(double jvmCores, double machineCores, double stealCores) {

    /** Cumulative counters at one moment. */
    record Sample(long wallNanos, long jvmCpuNanos, long[] procStat) {
    }

    static Sample sample() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        return new Sample(System.nanoTime(), jvm, procStat());
    }

    static CpuUsage between(Sample before, Sample after) {
        double wall = after.wallNanos() - before.wallNanos();
        double jvm = (after.jvmCpuNanos() - before.jvmCpuNanos()) / wall;
        if (before.procStat() == null || after.procStat() == null) {
            return new CpuUsage(jvm, Double.NaN, Double.NaN);
        }
        long[] delta = new long[after.procStat().length];
        for (int i = 0; i < delta.length; i++) {
            delta[i] = after.procStat()[i] - before.procStat()[i];
        }
        // user nice system idle iowait irq softirq steal: idle and iowait are the only unbusy ones.
        double total = Arrays.stream(delta, 0, 8).sum();
        double busy = total - delta[3] - delta[4];
        int cores = Runtime.getRuntime().availableProcessors();
        return new CpuUsage(jvm, total == 0 ? Double.NaN : cores * busy / total, total == 0 ? Double.NaN : cores * delta[7] / total);
    }

    /**
     * For a table column "CPU: JVM / machine (steal)", in cores: {@code 1.86 / 1.92 (0.00)}. With
     * PostgreSQL, the machine's share includes the database's own processes.
     */
    String columns() {
        return String.format(java.util.Locale.ROOT, "%.2f / %.2f (%.2f)", jvmCores, machineCores, stealCores);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "JVM %.2f, machine %.2f, steal %.2f cores", jvmCores, machineCores, stealCores);
    }

    /** The first eight counters of the aggregate "cpu" line, or null off Linux. */
    private static long[] procStat() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long[] counters = new long[8];
            for (int i = 0; i < counters.length; i++) {
                counters[i] = Long.parseLong(fields[i + 1]);
            }
            return counters;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
