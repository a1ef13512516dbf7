package dev.keypad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What every benchmark prints while it runs, and the machine's load that explains its numbers. */
final class BenchLog {

    private BenchLog() {
    }

    static void progress(String message) {
        System.out.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + message);
    }

    /**
     * The 1-minute load average: a benchmark keeps one to two threads busy, so a load well above 2
     * on two cores means other processes competed for the CPU and the numbers near it are pessimistic.
     */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
