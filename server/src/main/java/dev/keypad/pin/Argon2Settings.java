package dev.keypad.pin;

/**
 * How much work one PIN hash costs: the Argon2id memory, passes and lanes. Immutable and
 * validated on construction, so a mistyped property stops the server at start-up instead of
 * weakening every hash it writes.
 *
 * @param memoryKib memory per hash in KiB, 8,192 to 1,048,576 ({@code keypad.argon2.memory-kib})
 * @param iterations passes over the memory, 1 to 10 ({@code keypad.argon2.iterations})
 * @param parallelism lanes, 1 to 8 ({@code keypad.argon2.parallelism})
 */
public record Argon2Settings(int memoryKib, int iterations, int parallelism) {

    static final int MIN_MEMORY_KIB = 8 * 1024;
    static final int MAX_MEMORY_KIB = 1024 * 1024;
    static final int MAX_ITERATIONS = 10;
    static final int MAX_PARALLELISM = 8;

    /** @throws IllegalArgumentException naming the property and the value that is out of range */
    public Argon2Settings {
        requireBetween("keypad.argon2.memory-kib", memoryKib, MIN_MEMORY_KIB, MAX_MEMORY_KIB, " KiB");
        requireBetween("keypad.argon2.iterations", iterations, 1, MAX_ITERATIONS, "");
        requireBetween("keypad.argon2.parallelism", parallelism, 1, MAX_PARALLELISM, "");
    }

    /**
     * OWASP's minimum for Argon2id: 19 MiB, 2 iterations, 1 lane. Raise it when sign-ins can
     * afford more time; existing hashes then report {@link PinHasher#needsRehash}.
     */
    public static Argon2Settings defaults() {
        return new Argon2Settings(19 * 1024, 2, 1);
    }

    /** Whether a hash made with these numbers would be accepted; for checking stored hashes. */
    static boolean allows(int memoryKib, int iterations, int parallelism) {
        return memoryKib >= MIN_MEMORY_KIB && memoryKib <= MAX_MEMORY_KIB
                && iterations >= 1 && iterations <= MAX_ITERATIONS
                && parallelism >= 1 && parallelism <= MAX_PARALLELISM;
    }

    private static void requireBetween(String property, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    property + " must be between " + min + " and " + max + unit + ", but is " + value);
        }
    }
}
