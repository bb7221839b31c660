package io.aura360.gateway.database.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL of one home: one owner at a time, a server whose owner was killed taken back, and commits
 * that survive a power loss.
 */
class EmbeddedPostgresServerTest {

    @TempDir
    Path home;

    @Test
    void aServerLeftRunningByAKilledProcessIsStoppedAndItsDataKept() throws Exception {
        Process owner = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ServerLeftRunning.class.getName(),
                        home.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals(ServerLeftRunning.READY));
            assertThat(line).as("the owner process started its server").isEqualTo(ServerLeftRunning.READY);
        } finally {
            owner.destroyForcibly(); // SIGKILL: nothing runs in the owner after this
            owner.waitFor(30, TimeUnit.SECONDS);
        }
        long orphan = postmasterPid();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("the killed owner's server is still running")
                .contains(true);
        try {
            assertTheNextStartTakesOver(orphan);
        } finally {
            ProcessHandle.of(orphan).ifPresent(ProcessHandle::destroyForcibly); // never leave it behind
        }
    }

    private void assertTheNextStartTakesOver(long orphan) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(home);
                Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select note from survivor")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("written before the kill");
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive))
                    .as("the orphan stopped")
                    .isEmpty();
        }
    }

    @Test
    void aSecondStartOnAHomeInUseIsRefusedAndLeavesTheFirstServerRunning() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(home)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(home))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already in use")
                    .hasMessageContaining(home.toString());
            try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), first.user(), "");
                    Statement statement = connection.createStatement();
                    ResultSet one = statement.executeQuery("select 1")) {
                assertThat(one.next()).isTrue();
            }
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(home)) {
            assertThat(again.jdbcUrl())
                    .as("free again once the first is closed")
                    .startsWith("jdbc:postgresql://");
        }
    }

    /**
     * The product's own database, not a test fixture: zonky's builder turns {@code fsync} and
     * {@code synchronous_commit} off for speed, with which a power loss or an OS crash can corrupt the cluster and
     * lose answers the API already acknowledged. A real power loss cannot be staged here; the settings that make
     * PostgreSQL survive one are read back from the running server.
     */
    @Test
    void writesReachTheDiskBeforeACommitIsAcknowledged() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(home);
                Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), "");
                Statement statement = connection.createStatement();
                ResultSet settings = statement.executeQuery("""
                        select name, setting from pg_settings
                        where name in ('fsync', 'synchronous_commit', 'full_page_writes') order by name""")) {
            Map<String, String> values = new TreeMap<>();
            while (settings.next()) {
                values.put(settings.getString(1), settings.getString(2));
            }
            assertThat(values)
                    .containsEntry("fsync", "on")
                    .containsEntry("synchronous_commit", "on")
                    .containsEntry("full_page_writes", "on");
        }
    }

    private long postmasterPid() throws Exception {
        return Long.parseLong(
                Files.readAllLines(home.resolve("postgres").resolve("data").resolve("postmaster.pid"))
                        .getFirst()
                        .strip());
    }
}
