package dev.keypad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The folder where the embedded database, keys and files of this server live. Immutable.
 *
 * @param path absolute and normalized
 */
public record DataFolder(Path path) {

    public DataFolder {
        path = path.toAbsolutePath().normalize();
    }

    public static DataFolder of(String path) {
        return new DataFolder(Path.of(path));
    }

    /** The JDBC URL of the embedded database in this folder. */
    public String h2Url() {
        return "jdbc:h2:file:" + path.resolve("keypad")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /** Creates the folder if needed, readable by its owner only when it is new. */
    public Path create() {
        try {
            if (!Files.isDirectory(path)) {
                Files.createDirectories(path);
                setOwnerOnly(path, "rwx------");
            }
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + path, e);
        }
    }

    /**
     * Writes a secret into a new file that only its owner may read, replacing an older one. The
     * permissions are set when the file is created, so the secret is never readable by others,
     * not even briefly.
     */
    public Path writeSecret(String fileName, String secret) {
        Path file = create().resolve(fileName);
        try {
            Files.deleteIfExists(file);
            if (supportsPosix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, secret + System.lineSeparator());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void setOwnerOnly(Path path, String permissions) throws IOException {
        if (supportsPosix(path)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private static boolean supportsPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
