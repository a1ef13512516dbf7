package dev.keypad.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The embedded default without SMTP (SPEC §5): each mail becomes an {@code .eml} file in the data
 * folder's {@code mail/} folder, owner-only, written under a temporary name and renamed, so a
 * reader never sees half a mail. A mail delivered twice overwrites its own file. Thread-safe.
 */
final class EmlFolder implements Delivery {

    private final Path folder;
    private final Session session = Session.getInstance(new Properties());

    EmlFolder(Path folder) {
        this.folder = folder;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public Connection open() throws MessagingException {
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                if (posix()) {
                    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                }
            }
        } catch (IOException e) {
            throw new MessagingException("Cannot create the mail folder " + folder + ": " + e.getMessage(), e);
        }
        return new Connection() {
            @Override
            public void send(MimeMessage message, String fileName) throws MessagingException {
                write(message, fileName);
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public String describe() {
        return ".eml files in " + folder + " (no KEYPAD_SMTP_HOST)";
    }

    private void write(MimeMessage message, String fileName) throws MessagingException {
        Path target = folder.resolve(fileName + ".eml");
        Path temporary = folder.resolve("." + fileName + ".tmp");
        try {
            Files.deleteIfExists(temporary);
            if (posix()) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            try (OutputStream out = Files.newOutputStream(temporary)) {
                message.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new MessagingException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private boolean posix() {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
