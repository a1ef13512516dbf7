package dev.keypad.bench;

import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Logs the committed count of locked phone PINs every 10 s while a long bulk operation runs, so its
 * pace shows: steady for a linear operation, slowing down for one whose pages get dearer. Closing it
 * stops the logging.
 */
final class LockedPinWatch implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bench-locked-pin-watch");
        thread.setDaemon(true);
        return thread;
    });

    private LockedPinWatch() {
    }

    static LockedPinWatch start(BenchDatabase.Target target, Consumer<String> log) {
        LockedPinWatch watch = new LockedPinWatch();
        watch.timer.scheduleAtFixedRate(() -> {
            try {
                log.accept(String.format("  … %,d phone PINs locked (committed)", BulkUnlock.count(target,
                        "SELECT COUNT(*) FROM pins WHERE purpose = 'phone' AND lock_reason IS NOT NULL")));
            } catch (SQLException e) {
                log.accept("  … cannot count the locked PINs: " + e.getMessage());
            }
        }, 10, 10, TimeUnit.SECONDS);
        return watch;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
