package io.aura360.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.gateway.database.embedded.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The embedded PostgreSQL started beside the context: taken by the context's bean, or stopped when nobody took it. */
class EarlyPostgresTest {

    @AfterEach
    void stopAnythingLeft() {
        EarlyPostgres.abandon();
    }

    @Test
    void theBeanTakesTheServerStartedForItsHomeAndItAnswers(@TempDir Path home) throws Exception {
        environmentPrepared(Map.of("aura.home", home.toString()));

        try (EmbeddedPostgresServer server = EarlyPostgres.take(home)) {
            EarlyPostgres.abandon();
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), "")) {
                assertThat(connection.isValid(5))
                        .as("a taken server is the context's: abandon leaves it")
                        .isTrue();
            }
        }
    }

    @Test
    void aServerNobodyTookIsStopped(@TempDir Path home) {
        environmentPrepared(Map.of("aura.home", home.toString()));

        EarlyPostgres.abandon();

        Path data = home.resolve("postgres").resolve("data");
        assertThat(data.resolve("PG_VERSION")).as("it was started").exists();
        assertThat(data.resolve("postmaster.pid")).as("and stopped").doesNotExist();
    }

    @Test
    void anExternalDatabaseStartsNothing(@TempDir Path home) {
        environmentPrepared(Map.of("aura.home", home.toString(), "aura.db.url", "jdbc:postgresql://db.example/aura"));

        EarlyPostgres.abandon();

        assertThat(home.resolve("postgres")).doesNotExist();
    }

    private static void environmentPrepared(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new EarlyPostgres()
                .onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                        new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment));
    }
}
