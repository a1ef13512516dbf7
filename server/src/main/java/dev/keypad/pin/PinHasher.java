package dev.keypad.pin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes PINs with Argon2id, salted and keyed with the current {@link PinKeys} version, and
 * verifies them. The encoded form is what the database stores; it holds no secret:
 * {@code $argon2id$v=19$m=19456,t=2,p=1,k=1$<salt>$<hash>}, where {@code k} is the key version
 * and salt (16 bytes) and hash (32 bytes) are base64 without padding.
 *
 * <p>Thread-safe: the settings and keys are immutable, {@link SecureRandom} is thread-safe and
 * every call uses its own Argon2 generator. Each call costs the configured memory and time, so
 * callers should bound how many run at once.
 */
public final class PinHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    // Strict on purpose: this format is only ever written by this class, and fixed lengths and
    // bounded numbers keep a tampered row from asking for absurd work.
    private static final Pattern ENCODED = Pattern.compile("\\$argon2id\\$v=19\\$m=([0-9]{1,7}),t=([0-9]{1,2}),"
            + "p=([0-9]),k=([1-9][0-9]{0,8})\\$([A-Za-z0-9+/]{22})\\$([A-Za-z0-9+/]{43})");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final Argon2Settings settings;
    private final PinKeys keys;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param settings the work for new hashes, not null
     * @param keys the key ring, not null
     */
    public PinHasher(Argon2Settings settings, PinKeys keys) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * Hashes a PIN with a new random salt, the current settings and the current key version, so
     * hashing the same PIN twice gives different encodings.
     *
     * @param digits the PIN, not null; compared exactly, so leading zeros matter
     * @return the encoded hash to store, never null
     */
    public String hash(String digits) {
        Objects.requireNonNull(digits, "digits");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        int version = keys.currentVersion();
        byte[] hash = argon2(digits, salt, settings, version);
        String encoded = "$argon2id$v=19$m=" + settings.memoryKib() + ",t=" + settings.iterations()
                + ",p=" + settings.parallelism() + ",k=" + version
                + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
        Arrays.fill(hash, (byte) 0);
        return encoded;
    }

    /**
     * Whether a PIN matches a stored hash, using the settings and key version recorded in the
     * hash, so PINs hashed under older settings or keys still verify. Compares in constant time.
     *
     * @param digits the PIN to check, not null
     * @param encoded a hash from {@link #hash}, not null
     * @throws IllegalArgumentException if {@code encoded} is malformed (the message does not quote it)
     * @throws IllegalStateException if the key version it names is no longer in the ring
     */
    public boolean verify(String digits, String encoded) {
        Objects.requireNonNull(digits, "digits");
        Encoded stored = Encoded.parse(encoded);
        byte[] actual = argon2(digits, stored.salt, stored.settings, stored.keyVersion);
        try {
            return MessageDigest.isEqual(actual, stored.hash);
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }

    /**
     * Whether a stored hash should be replaced by a fresh {@link #hash} the next time its PIN is
     * known (after a successful sign-in): its settings differ from the current ones or it is keyed
     * with an older key version.
     *
     * @param encoded a hash from {@link #hash}, not null
     * @throws IllegalArgumentException if {@code encoded} is malformed (the message does not quote it)
     */
    public boolean needsRehash(String encoded) {
        Encoded stored = Encoded.parse(encoded);
        return !stored.settings.equals(settings) || stored.keyVersion != keys.currentVersion();
    }

    private byte[] argon2(String digits, byte[] salt, Argon2Settings work, int keyVersion) {
        byte[] pin = digits.getBytes(StandardCharsets.UTF_8);
        byte[] key = keys.key(keyVersion);
        Argon2Parameters.Builder builder = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withSecret(key)
                .withMemoryAsKB(work.memoryKib())
                .withIterations(work.iterations())
                .withParallelism(work.parallelism());
        Argon2Parameters parameters = builder.build();
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters);
            byte[] out = new byte[HASH_BYTES];
            generator.generateBytes(pin, out);
            return out;
        } finally {
            // The builder and parameters hold their own copies of the key.
            Arrays.fill(pin, (byte) 0);
            Arrays.fill(key, (byte) 0);
            parameters.clear();
            builder.clear();
        }
    }

    /** A stored hash taken apart. */
    private static final class Encoded {

        final Argon2Settings settings;
        final int keyVersion;
        final byte[] salt;
        final byte[] hash;

        private Encoded(Argon2Settings settings, int keyVersion, byte[] salt, byte[] hash) {
            this.settings = settings;
            this.keyVersion = keyVersion;
            this.salt = salt;
            this.hash = hash;
        }

        static Encoded parse(String encoded) {
            Matcher parts = ENCODED.matcher(Objects.requireNonNull(encoded, "encoded"));
            if (!parts.matches()) {
                throw new IllegalArgumentException("Not an Argon2id PIN hash in Keypad's format ("
                        + encoded.length() + " characters)");
            }
            int memoryKib = Integer.parseInt(parts.group(1));
            int iterations = Integer.parseInt(parts.group(2));
            int parallelism = Integer.parseInt(parts.group(3));
            if (!Argon2Settings.allows(memoryKib, iterations, parallelism)) {
                throw new IllegalArgumentException("PIN hash parameters out of the supported range: m=" + memoryKib
                        + ", t=" + iterations + ", p=" + parallelism);
            }
            return new Encoded(new Argon2Settings(memoryKib, iterations, parallelism),
                    Integer.parseInt(parts.group(4)), DECODER.decode(parts.group(5)), DECODER.decode(parts.group(6)));
        }
    }
}
