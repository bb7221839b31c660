package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar as README users run it: {@code token}, {@code serve} on embedded defaults (printing the ready
 * line), {@code ask} against the running server, and a second start that re-embeds nothing.
 */
class LauncherIT {

    private static final Path JAR = Path.of("target", "aura360.jar");

    @TempDir
    Path home;

    @Test
    void tokenPrintsASupabaseShapedJwtSignedWithTheDevSecret() throws Exception {
        UUID user = UUID.randomUUID();
        Run run = run(Map.of(), "token", "--user", user.toString(), "--tier", "plus");

        assertThat(run.exitCode()).as(run.output()).isZero();
        String[] parts = run.stdout().strip().split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode header =
                JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims =
                JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.path("alg").asString()).isEqualTo("HS256");
        assertThat(claims.path("sub").asString()).isEqualTo(user.toString());
        assertThat(claims.path("aud").toString()).contains("authenticated");
        assertThat(claims.path("role").asString()).isEqualTo("authenticated");
        assertThat(claims.path("app_metadata").path("tier").asString()).isEqualTo("plus");
        assertThat(claims.path("exp").asLong()).isGreaterThan(claims.path("iat").asLong());
        Path secret = home.resolve("jwt-secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
                .isEqualTo("rw-------");
        String again = run(Map.of(), "token", "--user", user.toString()).stdout();
        assertThat(Files.readString(secret)).as("the secret is generated once").isNotBlank();
        assertThat(again.split("\\.")[0]).isEqualTo(parts[0]);
    }

    @Test
    void tokenRefusesToSignWhenARealSecretIsConfiguredOrTheTierIsUnknown() throws Exception {
        String user = UUID.randomUUID().toString();
        assertThat(run(Map.of("AURA_JWT_SECRET", "x".repeat(40)), "token", "--user", user)
                        .exitCode())
                .isEqualTo(2);
        assertThat(run(Map.of(), "token", "--user", user, "--tier", "gold").exitCode())
                .isEqualTo(2);
        assertThat(run(Map.of(), "token", "--user", "not-a-uuid").exitCode()).isEqualTo(2);
    }

    @Test
    void servesOnEmbeddedDefaultsAnswersAskAndRestartsIncrementally() throws Exception {
        int port = freePort();
        UUID user = UUID.randomUUID();
        try (Server first = Server.start(this, port)) {
            first.awaitReady();
            assertThat(first.output()).contains("AURA360 ready on http://localhost:" + port, "added=120");

            Run ask = run(
                    Map.of(),
                    "ask",
                    "--user",
                    user.toString(),
                    "--category",
                    "body",
                    "--url",
                    "http://localhost:" + port,
                    "how can I sleep better?");
            assertThat(ask.exitCode()).as(ask.output()).isZero();
            assertThat(ask.stdout()).contains("Your body plan", "1. ", "Sources:", "[1] body-en-");

            Run spanish = run(
                    Map.of(),
                    "ask",
                    "--user",
                    user.toString(),
                    "--category",
                    "mind",
                    "--locale",
                    "es",
                    "--url",
                    "http://localhost:" + port);
            assertThat(spanish.stdout()).contains("Tu plan para la mente", "mind-es-");
        }
        try (Server second = Server.start(this, port)) {
            second.awaitReady();
            assertThat(second.output()).contains("added=0", "unchanged=120", "chunksEmbedded=0");
        }
    }

    private Run run(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        Process process = builder(extraEnv, args).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output, errors);
    }

    ProcessBuilder builder(Map<String, String> extraEnv, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-jar",
                JAR.toString()));
        Collections.addAll(command, args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(key -> key.startsWith("AURA_"));
        builder.environment().put("AURA_HOME", home.toString());
        builder.environment().putAll(extraEnv);
        return builder;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    record Run(int exitCode, String stdout, String stderr) {

        String output() {
            return stdout + stderr;
        }
    }

    /** A running {@code serve} process whose merged output is collected line by line. */
    static final class Server implements AutoCloseable {

        private final Process process;

        private final StringBuffer output = new StringBuffer();

        private Server(Process process) {
            this.process = process;
            Thread.ofVirtual().start(() -> {
                try (BufferedReader lines =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    lines.lines().forEach(line -> output.append(line).append('\n'));
                } catch (IOException ex) {
                    output.append("[output closed: ").append(ex.getMessage()).append("]\n");
                }
            });
        }

        static Server start(LauncherIT test, int port) throws IOException {
            ProcessBuilder builder = test.builder(Map.of(), "serve", "--port", Integer.toString(port));
            builder.redirectErrorStream(true);
            return new Server(builder.start());
        }

        void awaitReady() {
            await().atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> output.toString().contains("AURA360 ready on") || !process.isAlive());
            assertThat(process.isAlive()).as(output.toString()).isTrue();
        }

        String output() {
            return output.toString();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
