package dev.keypad.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged server ({@code target/keypad-server-exec.jar}) in a process of its own, as an
 * operator runs it, so a test can kill it without warning ({@code kill -9}).
 */
public final class ServerProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "keypad-server-exec.jar");

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the jar with the start-up contract's environment plus {@code environment}, and
     * waits until it answers.
     *
     * @param arguments Spring properties as {@code --name=value}
     */
    public static ServerProcess start(Map<String, String> environment, List<String> arguments) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the tests with 'mvn verify', which packages it first");
        }
        try {
            int port = freePort();
            Path log = Files.createTempFile("keypad-process", ".log");
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx256m", "-jar", JAR.toString()));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            builder.environment().put("KEYPAD_PORT", Integer.toString(port));
            ServerProcess server = new ServerProcess(builder.start(), port, log);
            server.awaitStarted();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Api api(String token) {
        return new Api("http://127.0.0.1:" + port, token);
    }

    /** Kills the process without letting it finish anything: SIGKILL, as a crash or an OOM killer would. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }

    private void awaitStarted() throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!Files.readString(log).contains("Started KeypadApplication")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                kill();
                throw new IllegalStateException("The server process did not start; its output:\n" + Files.readString(log));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
