package io.aura360.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LogFormatTest {

    @Test
    void aTerminalGetsColouredTextLines() {
        assertThat(LogFormat.arguments(Map.of(), true))
                .containsExactly("--logging.structured.format.console=", "--spring.output.ansi.enabled=always");
    }

    @Test
    void aPipeOrFileKeepsTheJsonLinesOfTheConfiguration() {
        assertThat(LogFormat.arguments(Map.of(), false)).isEmpty();
    }

    @Test
    void theEnvironmentDecidesWhenSet() {
        assertThat(LogFormat.arguments(Map.of("AURA_LOG_FORMAT", "json"), true))
                .containsExactly("--logging.structured.format.console=logstash");
        assertThat(LogFormat.arguments(Map.of("AURA_LOG_FORMAT", "TEXT"), false))
                .containsExactly("--logging.structured.format.console=");
        assertThat(LogFormat.arguments(Map.of("AURA_LOG_FORMAT", "ecs"), true))
                .as("a schema name goes to application.yml as before")
                .isEmpty();
    }
}
