package dev.keypad.pin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.keypad.DataFolder;

/**
 * The ring of secret keys ("pepper") that every PIN hash is keyed with, kept outside the
 * database so that a stolen database alone does not allow guessing PINs offline. Versions are
 * positive numbers; the highest is current and used for new hashes, older ones stay so that
 * existing hashes still verify until they are rehashed. Keys are 32 random bytes.
 *
 * <p>Immutable and thread-safe: {@link #rotate} returns a new ring. Neither {@link #toString()}
 * nor any exception message contains key material.
 */
public final class PinKeys {

    /** The file in the data folder that holds the ring when no keys are configured. */
    public static final String FILE_NAME = "pin-keys";
    /** The property that holds the ring for servers sharing one database. */
    public static final String PROPERTY = "keypad.pin-keys";

    private static final int KEY_BYTES = 32;
    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,8}");
    private static final String COMMENT = "# Keypad PIN keys (pepper), one version:base64 per line, the highest"
            + " is current. Keep secret, back up apart from the database, never change or drop a line"
            + " that stored PINs still use.";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final NavigableMap<Integer, byte[]> keys;
    private final String source;
    private final boolean configured;

    private PinKeys(NavigableMap<Integer, byte[]> keys, String source, boolean configured) {
        this.keys = Collections.unmodifiableNavigableMap(keys);
        this.source = source;
        this.configured = configured;
    }

    /**
     * The configured ring if {@code configured} has text, else the ring in the data folder's
     * {@value #FILE_NAME} file, which is created owner-only with one new key (version 1) when it
     * does not exist yet. Meant to be called once at start-up: two first loads racing on a new
     * folder would each write a different key.
     *
     * @param folder the data folder, not null
     * @param configured the {@value #PROPERTY} property, {@code version:base64} entries separated
     *     by commas or whitespace, or null or blank to use the file
     * @throws IllegalStateException if the configuration or file is malformed; the message names
     *     the source and the entry or line, never a key
     * @throws UncheckedIOException if the file cannot be read or written
     */
    public static PinKeys load(DataFolder folder, String configured) {
        Objects.requireNonNull(folder, "folder");
        if (configured != null && !configured.isBlank()) {
            String source = "property " + PROPERTY;
            return new PinKeys(parse(List.of(configured.strip().split("[,\\s]+")), source, "entry"), source, true);
        }
        Path file = folder.path().resolve(FILE_NAME);
        String source = "file " + file;
        if (Files.exists(file)) {
            return new PinKeys(parse(readLines(file), source, "line"), source, false);
        }
        NavigableMap<Integer, byte[]> first = new TreeMap<>();
        first.put(1, randomKey());
        PinKeys created = new PinKeys(first, source, false);
        created.writeTo(folder);
        return created;
    }

    /** The version new hashes are keyed with: the highest. */
    public int currentVersion() {
        return keys.lastKey();
    }

    /**
     * A copy of the key of one version, which the caller may (and should) zero after use.
     *
     * @throws IllegalStateException if this ring has no such version, for instance because a
     *     stored hash was made with a key that has since been removed
     */
    public byte[] key(int version) {
        byte[] key = keys.get(version);
        if (key == null) {
            throw new IllegalStateException("No PIN key of version " + version + " in " + source
                    + "; known versions " + keys.keySet());
        }
        return key.clone();
    }

    /**
     * Adds a new random key as version n+1 and rewrites the {@value #FILE_NAME} file in the folder,
     * owner-only. This ring is unchanged; use the returned one. Stored hashes keep verifying with
     * their old version and report {@link PinHasher#needsRehash} until they are rehashed.
     *
     * @param folder the data folder, not null
     * @throws IllegalStateException if the keys come from {@value #PROPERTY}: rotating then means
     *     adding a version there, on every server sharing the database
     * @throws UncheckedIOException if the file cannot be written
     */
    public PinKeys rotate(DataFolder folder) {
        if (configured) {
            throw new IllegalStateException("PIN keys come from the " + source + "; to rotate them, add version "
                    + (currentVersion() + 1) + " to it on every server and restart");
        }
        NavigableMap<Integer, byte[]> more = new TreeMap<>(keys);
        more.put(currentVersion() + 1, randomKey());
        PinKeys rotated = new PinKeys(more, "file " + folder.path().resolve(FILE_NAME), false);
        rotated.writeTo(folder);
        return rotated;
    }

    /** The versions and where they come from; never the keys. */
    @Override
    public String toString() {
        return "PinKeys[versions=" + keys.keySet() + ", current=" + currentVersion() + ", from " + source + "]";
    }

    private void writeTo(DataFolder folder) {
        StringBuilder text = new StringBuilder(COMMENT);
        keys.forEach((version, key) -> text.append(System.lineSeparator())
                .append(version).append(':').append(Base64.getEncoder().encodeToString(key)));
        folder.writeSecret(FILE_NAME, text.toString());
    }

    private static NavigableMap<Integer, byte[]> parse(List<String> entries, String source, String unit) {
        NavigableMap<Integer, byte[]> keys = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i).strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String where = "Malformed PIN keys in " + source + ", " + unit + " " + (i + 1) + ": ";
            // Messages never quote the entry: whatever is malformed may well be part of a key.
            int colon = entry.indexOf(':');
            if (colon < 0 || !VERSION.matcher(entry.substring(0, colon)).matches()) {
                throw new IllegalStateException(where + "expected version:base64-key with a positive version");
            }
            int version = Integer.parseInt(entry.substring(0, colon));
            byte[] key;
            try {
                key = Base64.getDecoder().decode(entry.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + "the key of version " + version + " is not base64");
            }
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException(where + "the key of version " + version + " has " + key.length
                        + " bytes instead of " + KEY_BYTES);
            }
            if (keys.put(version, key) != null) {
                throw new IllegalStateException(where + "version " + version + " appears twice");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("Malformed PIN keys in " + source + ": it holds no key");
        }
        return keys;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the PIN keys in " + file, e);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }
}
