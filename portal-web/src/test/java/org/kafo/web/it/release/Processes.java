package org.kafo.web.it.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The commands the release's tests run, as an operator would: their output in a log file, their exit status checked. */
final class Processes {

    private Processes() {
    }

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs {@code command} to its end; its output goes to {@code log}; a non-zero exit fails with the log's tail. */
    static void run(Path log, Map<String, String> env, Duration timeout, String... command) {
        int status = exitStatus(log, env, timeout, command);
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + status + ":\n" + tail(log, 30));
        }
    }

    static int exitStatus(Path log, Map<String, String> env, Duration timeout, String... command) {
        Process process = start(log, env, null, command);
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                stop(process);
                throw new IllegalStateException(String.join(" ", command) + " did not end within " + timeout + ":\n" + tail(log, 30));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts {@code command} in the background, its output appended to {@code log}. */
    static Process start(Path log, Map<String, String> env, Path directory, String... command) {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "\n=== " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command), e);
        }
    }

    /** SIGTERM to the process and its children, SIGKILL after a minute. */
    static void stop(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        tree.add(0, process.toHandle());
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
