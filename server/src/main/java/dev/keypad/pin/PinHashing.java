package dev.keypad.pin;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

/** Hashes and verifies PINs with the current settings and keys. Thread-safe. */
@Component
public class PinHashing {

    private final Argon2Settings settings;
    private final PinKeyRing keyRing;

    PinHashing(Argon2Settings settings, PinKeyRing keyRing) {
        this.settings = settings;
        this.keyRing = keyRing;
    }

    public String hash(Pin pin) {
        return hasher().hash(pin.reveal());
    }

    /** Constant-time in the PIN; honours the settings and key version recorded in the hash. */
    public boolean verify(Pin pin, String hash) {
        return hasher().verify(pin.reveal(), hash);
    }

    /**
     * Whether a PIN is one of those these hashes were made of: the test a policy's history applies
     * ({@link PinContext#withHistory}). One Argon2 verify per hash, stopping at the first match.
     *
     * @param hashes e.g. the current PIN's hash and those of the PINs remembered
     */
    public Predicate<Pin> matchesAny(List<String> hashes) {
        List<String> known = List.copyOf(hashes);
        return candidate -> known.stream().anyMatch(hash -> verify(candidate, hash));
    }

    /** Whether a hash was made with older settings or an older key and should be re-made. */
    public boolean needsRehash(String hash) {
        return hasher().needsRehash(hash);
    }

    private PinHasher hasher() {
        return new PinHasher(settings, keyRing.keys());
    }
}
