package dev.keypad.cli.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code keypad-cli.jar} (the build packages it before failsafe runs), run as a process of its own,
 * as an administrator would run it: {@code KEYPAD_SERVER} and {@code KEYPAD_TOKEN} name one server and token,
 * {@code HOME} and {@code XDG_CONFIG_HOME} a scratch folder, standard input and output are not a terminal.
 * Remembers every run, so that a test can tell which commands it exercised. Thread-safe.
 */
final class KeypadJar {

    private static final Path JAR = Path.of("target/keypad-cli.jar").toAbsolutePath();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    /** What {@code ./keypad} starts the jar with: a command-line tool lives for a fraction of a second. */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /**
     * Each run also waits on the server, so on two cores three at once finish soonest (12 runs took 12.7 s one at
     * a time, 8.3 s two, 7.1 s three or four).
     */
    private static final int AT_ONCE = 3;

    private final String server;
    private final String token;
    private final Path home;
    private final List<Run> runs = Collections.synchronizedList(new ArrayList<>());

    KeypadJar(String server, String token, Path home) {
        this.server = server;
        this.token = token;
        this.home = home;
    }

    Run run(String... args) {
        return run(Map.of(), "", args);
    }

    /**
     * Runs the jar with {@code stdin} as standard input (from a file, so a command that stops reading early
     * cannot block the test).
     *
     * @param env added to the environment; naming {@code XDG_CONFIG_HOME} drops {@code KEYPAD_SERVER} and
     *     {@code KEYPAD_TOKEN}, so that the server and token saved by {@code keypad login} there are used
     */
    Run run(Map<String, String> env, String stdin, String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA.toString()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Map<String, String> variables = new LinkedHashMap<>(environment());
        if (env.containsKey("XDG_CONFIG_HOME")) {
            variables.remove("KEYPAD_SERVER");
            variables.remove("KEYPAD_TOKEN");
        }
        variables.putAll(env);
        Run run = execute(new ProcessBuilder(command), variables, stdin, List.of(args));
        runs.add(run);
        return run;
    }

    /** Runs several commands, {@link #AT_ONCE} at a time, for reads that do not depend on one another. */
    List<Run> runAll(List<List<String>> commands) {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<Run>> started = commands.stream()
                    .map(args -> pool.submit(() -> run(args.toArray(String[]::new)))).toList();
            List<Run> finished = new ArrayList<>();
            for (Future<Run> run : started) {
                finished.add(run.get());
            }
            return finished;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a keypad run failed to start or finish", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs a bash pipeline (with {@code pipefail}) in which {@code keypad} is a shell function that runs the
     * jar, so the pipeline reads as an administrator would type it.
     */
    Run shell(String pipeline) {
        String function = "keypad() { \"$KEYPAD_JAVA\" " + String.join(" ", JVM_OPTIONS) + " -jar \"$KEYPAD_JAR\" \"$@\"; }\n";
        Map<String, String> variables = new LinkedHashMap<>(environment());
        variables.put("KEYPAD_JAVA", JAVA.toString());
        variables.put("KEYPAD_JAR", JAR.toString());
        return execute(new ProcessBuilder("bash", "-o", "pipefail", "-c", function + pipeline), variables, "",
                List.of("in a pipeline:", pipeline));
    }

    /** Every run of {@link #run} so far, in the order they ended. */
    List<Run> runs() {
        synchronized (runs) {
            return List.copyOf(runs);
        }
    }

    private Map<String, String> environment() {
        return Map.of("KEYPAD_SERVER", server, "KEYPAD_TOKEN", token, "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    private Run execute(ProcessBuilder builder, Map<String, String> variables, String stdin, List<String> args) {
        // the developer's own KEYPAD_* variables must not reach the command
        builder.environment().keySet().removeIf(name -> name.startsWith("KEYPAD_"));
        builder.environment().putAll(variables);
        try {
            Path in = Files.writeString(Files.createTempFile(home, "in", ".txt"), stdin, StandardCharsets.UTF_8);
            Path out = Files.createTempFile(home, "out", ".txt");
            Path err = Files.createTempFile(home, "err", ".txt");
            Process process = builder.redirectInput(in.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("keypad " + String.join(" ", args) + " did not finish within 120 s");
            }
            Run run = new Run(args, process.exitValue(), Files.readString(out), Files.readString(err));
            for (Path file : List.of(in, out, err)) {
                Files.delete(file);
            }
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
