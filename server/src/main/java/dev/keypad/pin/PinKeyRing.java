package dev.keypad.pin;

import java.util.concurrent.atomic.AtomicReference;

import dev.keypad.DataFolder;
import dev.keypad.ServerKeys;

/**
 * The server's current PIN keys and the hasher that uses them; rotation swaps both at once.
 * Thread-safe. Other servers sharing the database read a rotated key file when they restart, or
 * share configured keys ({@code keypad.pin-keys}), which are rotated by changing the configuration.
 */
public class PinKeyRing implements ServerKeys {

    private final DataFolder dataFolder;
    private final AtomicReference<PinKeys> keys;

    PinKeyRing(DataFolder dataFolder, PinKeys keys) {
        this.dataFolder = dataFolder;
        this.keys = new AtomicReference<>(keys);
    }

    public PinKeys keys() {
        return keys.get();
    }

    @Override
    public int currentVersion() {
        return keys.get().currentVersion();
    }

    @Override
    public byte[] key(int version) {
        return keys.get().key(version);
    }

    /**
     * Adds a new key version and makes it current: new PINs are hashed with it, and each old PIN is
     * re-hashed with it at its next successful sign-in.
     *
     * @return the new current version
     * @throws IllegalStateException when the keys are configured rather than kept in the key file
     */
    public synchronized int rotate() {
        PinKeys rotated = keys.get().rotate(dataFolder);
        keys.set(rotated);
        return rotated.currentVersion();
    }
}
