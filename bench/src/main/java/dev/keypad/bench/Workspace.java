package dev.keypad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A scratch folder under the output folder for one part of a run, deleted when the part ends. */
final class Workspace {

    /** Work done in a scratch folder; it must close its databases before it returns. */
    @FunctionalInterface
    interface Task {
        void run(Path folder) throws Exception;
    }

    private Workspace() {
    }

    /** Runs the task in a new folder {@code <parent>/work-<name>-…} and deletes the folder afterwards, even on failure. */
    static void run(Path parent, String name, Task task) throws Exception {
        Path folder = Files.createTempDirectory(parent, "work-" + name + "-");
        try {
            task.run(folder);
        } finally {
            deleteRecursively(folder);
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
