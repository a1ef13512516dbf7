package dev.keypad.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.keypad.DataFolder;
import dev.keypad.pin.Argon2Settings;
import dev.keypad.pin.PinHasher;
import dev.keypad.pin.PinKeys;

/**
 * The ceiling of any sign-in rate: how many PIN hashes this JVM verifies per second with the
 * server's default Argon2id settings and a real key ring, nothing else around them. A sign-in
 * verifies exactly one hash (it re-hashes only when the settings or key changed, which they do not
 * here), so no server can sign in faster than this. Setting a PIN hashes it once, so
 * {@link #measureHashing} is the ceiling of a bulk set. Not thread-safe.
 */
final class ArgonLimit {

    private static final String PIN = "2749163";
    private static final String WRONG_PIN = "2749164";

    private final PinHasher hasher;
    private final String hash;

    private ArgonLimit(PinHasher hasher) {
        this.hasher = hasher;
        this.hash = hasher.hash(PIN);
        if (!hasher.verify(PIN, hash) || hasher.verify(WRONG_PIN, hash)) {
            throw new IllegalStateException("PinHasher does not tell the right PIN from a wrong one");
        }
    }

    /**
     * A hasher as the server builds one: {@link Argon2Settings#defaults()} and the key ring that
     * {@link PinKeys#load} creates in a new data folder.
     */
    static ArgonLimit withDefaults(Path dataFolder) {
        return new ArgonLimit(new PinHasher(Argon2Settings.defaults(), PinKeys.load(new DataFolder(dataFolder), null)));
    }

    static String settings() {
        Argon2Settings defaults = Argon2Settings.defaults();
        return "Argon2id m=" + defaults.memoryKib() + " KiB, t=" + defaults.iterations() + ", p=" + defaults.parallelism();
    }

    /** Verify throughput and latency from 1 thread and from one thread per core, a warm-up before each. */
    List<ClosedLoop.Result> measure(Duration warmUp, Duration window) throws InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        List<ClosedLoop.Result> results = new ArrayList<>();
        for (int threads : cores == 1 ? List.of(1) : List.of(1, cores)) {
            results.add(measure(threads, warmUp, window));
        }
        return results;
    }

    /** Verify throughput and latency from {@code threads} threads after a warm-up. */
    ClosedLoop.Result measure(int threads, Duration warmUp, Duration window) throws InterruptedException {
        // A wrong PIN would cost the same: Argon2 runs in full before the constant-time comparison.
        return ClosedLoop.run(threads, warmUp, window, random -> hasher.verify(PIN, hash));
    }

    /**
     * Hash throughput and latency from {@code threads} threads after a warm-up: what setting a PIN
     * costs (a new salt, then the same Argon2 run as a verify).
     */
    ClosedLoop.Result measureHashing(int threads, Duration warmUp, Duration window) throws InterruptedException {
        return ClosedLoop.run(threads, warmUp, window, random -> hasher.hash(PIN) != null);
    }
}
