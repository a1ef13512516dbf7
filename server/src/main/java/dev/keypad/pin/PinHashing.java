package dev.keypad.pin;

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

    /** Whether a hash was made with older settings or an older key and should be re-made. */
    public boolean needsRehash(String hash) {
        return hasher().needsRehash(hash);
    }

    private PinHasher hasher() {
        return new PinHasher(settings, keyRing.keys());
    }
}
