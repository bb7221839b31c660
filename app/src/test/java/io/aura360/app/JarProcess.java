package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code target/aura360.jar}) running as its own OS process with an environment of its own
 * (no {@code AURA_*} variable leaks in from the test's), its merged output collected for assertion messages.
 */
final class JarProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "aura360.jar");

    private final String name;

    private final Process process;

    private final StringBuffer output = new StringBuffer();

    private JarProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        Thread.ofVirtual().start(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(line -> output.append(line).append('\n'));
            } catch (IOException | UncheckedIOException ex) {
                output.append("[output closed]\n"); // the process was stopped or killed
            }
        });
    }

    static JarProcess start(String name, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "--enable-native-access=ALL-UNNAMED",
                "-jar",
                JAR.toString()));
        Collections.addAll(command, args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(key -> key.startsWith("AURA_") || key.startsWith("SPRING_"));
        builder.environment().putAll(env);
        try {
            return new JarProcess(name, builder.start());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Waits for {@code serve}'s ready line; fails with the process's output if it dies first. */
    JarProcess awaitReady() {
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> output.toString().contains(" ready on http") || !process.isAlive());
        assertThat(process.isAlive()).as(name + " did not start:\n" + output).isTrue();
        return this;
    }

    /** {@code kill -9}: no shutdown hook, no graceful stop, exactly like a crash or an OOM kill. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS))
                .as(name + " survived SIGKILL")
                .isTrue();
    }

    String output() {
        return name + ":\n" + output;
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
