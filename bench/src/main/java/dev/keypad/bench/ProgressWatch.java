package dev.keypad.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Logs a line about a long operation every 10 s while it runs (committed rows so far, mails
 * arrived), so its pace shows: steady for a linear operation, slowing down for one whose pages get
 * dearer. Closing it stops the logging.
 */
final class ProgressWatch implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bench-progress-watch");
        thread.setDaemon(true);
        return thread;
    });

    private ProgressWatch() {
    }

    /** @param report says how far the operation got; a failure is logged in its place */
    static ProgressWatch start(Callable<String> report, Consumer<String> log) {
        ProgressWatch watch = new ProgressWatch();
        watch.timer.scheduleAtFixedRate(() -> {
            try {
                log.accept("  … " + report.call());
            } catch (Exception e) {
                log.accept("  … cannot tell the progress: " + e);
            }
        }, 10, 10, TimeUnit.SECONDS);
        return watch;
    }

    /** The committed count of locked phone PINs. */
    static ProgressWatch lockedPins(BenchDatabase.Target target, Consumer<String> log) {
        return start(() -> String.format("%,d phone PINs locked (committed)", BulkUnlock.count(target,
                "SELECT COUNT(*) FROM pins WHERE purpose = 'phone' AND lock_reason IS NOT NULL")), log);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
