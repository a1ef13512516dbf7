package dev.keypad.cli.user;

import dev.keypad.cli.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Flow;

/**
 * A CSV body that counts its lines into a {@link Progress} as the HTTP client sends them. The server reads the
 * rows as they arrive, so the lines sent are about the lines imported.
 */
final class CsvUpload implements BodyPublisher {

    private final BodyPublisher csv;
    private final Progress progress;

    CsvUpload(BodyPublisher csv, Progress progress) {
        this.csv = csv;
        this.progress = progress;
    }

    /** The lines of a file, counted as the upload counts them (line breaks), for the time left. */
    static long lines(Path file) {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return lines;
    }

    @Override
    public long contentLength() {
        return csv.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        csv.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscriber.onSubscribe(subscription);
            }

            @Override
            public void onNext(ByteBuffer bytes) {
                long lines = 0;
                for (int i = bytes.position(); i < bytes.limit(); i++) {
                    if (bytes.get(i) == '\n') {
                        lines++;
                    }
                }
                subscriber.onNext(bytes);
                progress.advance(lines);
            }

            @Override
            public void onError(Throwable failure) {
                subscriber.onError(failure);
            }

            @Override
            public void onComplete() {
                subscriber.onComplete();
            }
        });
    }
}
