package dev.keypad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The saved server and token, {@code key=value} lines in {@code $XDG_CONFIG_HOME/keypad/config}
 * (default {@code ~/.config/keypad/config}). The token is a secret: folder and file are owner-only.
 */
public final class ConfigFile {

    public static final String SERVER = "server";
    public static final String TOKEN = "token";

    private final Path path;

    private ConfigFile(Path path) {
        this.path = path;
    }

    public static ConfigFile of(Environment environment) {
        Path base = environment.variable("XDG_CONFIG_HOME").map(Path::of)
                .orElse(environment.home().resolve(".config"));
        return new ConfigFile(base.resolve("keypad").resolve("config"));
    }

    public Path path() {
        return path;
    }

    /** @return the saved values; empty when nothing was saved */
    public Map<String, String> read() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        if (!Files.exists(path)) {
            return values;
        }
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (equals > 0 && !line.startsWith("#")) {
                values.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
            }
        }
        return values;
    }

    /**
     * Replaces the file with these values. The new file is written owner-only beside the old one and
     * moved over it, so the token is never readable by others, not even for a moment, and a crash
     * leaves either the old file or the new one.
     */
    public void write(Map<String, String> values) throws IOException {
        Path folder = path.getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.createDirectories(folder, owner("rwx------"));
            // an existing folder keeps the permissions it was created with: tighten them too
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } else {
            Files.createDirectories(folder);
        }
        Path draft = posix ? Files.createTempFile(folder, "config", ".tmp", owner("rw-------"))
                : Files.createTempFile(folder, "config", ".tmp");
        try {
            StringBuilder text = new StringBuilder();
            values.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
            Files.writeString(draft, text, StandardCharsets.UTF_8);
            Files.move(draft, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static FileAttribute<?> owner(String permissions) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
    }
}
