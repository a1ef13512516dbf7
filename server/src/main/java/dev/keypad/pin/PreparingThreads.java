package dev.keypad.pin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The threads that prepare the targets of bulk PIN operations (generating and hashing PINs), one
 * pool for the whole server, so a bulk set uses every core it is given while several of them at
 * once still share that many threads ({@code keypad.pins.hash-threads}, the number of cores
 * unless given). Phone sign-ins hash on their own request threads, outside this pool.
 * Thread-safe.
 */
final class PreparingThreads implements AutoCloseable {

    private final ExecutorService pool;
    private final int threads;

    PreparingThreads(int threads) {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("keypad.pins.hash-threads must be between 1 and 256, but is " + threads);
        }
        this.threads = threads;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "keypad-pin-prepare-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One outcome of {@link #each}: the value, or what {@code work} threw. */
    record Outcome<T, R>(T item, R value, RuntimeException failure) {
    }

    /**
     * Applies {@code work} to every item, on the pool when there is more than one item and more
     * than one thread, and returns the outcomes in the order of {@code items}.
     */
    <T, R> List<Outcome<T, R>> each(List<T> items, Function<T, R> work) {
        List<Outcome<T, R>> outcomes = new ArrayList<>(items.size());
        if (items.size() < 2 || threads == 1) {
            items.forEach(item -> outcomes.add(run(item, work)));
            return outcomes;
        }
        List<Future<Outcome<T, R>>> futures = items.stream().map(item -> pool.submit(() -> run(item, work))).toList();
        try {
            for (Future<Outcome<T, R>> future : futures) {
                outcomes.add(future.get());
            }
        } catch (InterruptedException e) {
            futures.forEach(future -> future.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing PINs", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Preparing PINs failed", e.getCause()); // run() catches what work throws
        }
        return outcomes;
    }

    private static <T, R> Outcome<T, R> run(T item, Function<T, R> work) {
        try {
            return new Outcome<>(item, work.apply(item), null);
        } catch (RuntimeException e) {
            return new Outcome<>(item, null, e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
