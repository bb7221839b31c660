package io.aura360.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.ClassPathResource;

class LibraryLogsTest {

    private static final String PREFIX = "logging.level.ai.djl";

    @Test
    void theCommandsWithoutSpringQuietTheSameLibraryLoggersAsApplicationYml() throws IOException {
        EnumerablePropertySource<?> yaml = (EnumerablePropertySource<?>) new YamlPropertySourceLoader()
                .load("application", new ClassPathResource("application.yml"))
                .getFirst();
        Map<String, String> configured = Arrays.stream(yaml.getPropertyNames())
                .filter(name -> name.startsWith(PREFIX))
                .collect(Collectors.toMap(
                        name -> name.substring("logging.level.".length()),
                        name -> String.valueOf(yaml.getProperty(name)).toUpperCase(Locale.ROOT)));

        assertThat(configured)
                .isNotEmpty()
                .isEqualTo(LibraryLogs.LEVELS.entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().toString())));
    }

    /**
     * Levels are read as logback's effective levels of the loggers themselves: the root level is whatever the tests
     * before this one left (a command run through Spring sets its own).
     */
    @Test
    void quietingSilencesTheRoutineLinesAndLeavesOtherLoggersAlone() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger other = context.getLogger("io.aura360.app.cli.LibraryLogsTest.probe");
        other.setLevel(Level.DEBUG);

        LibraryLogs.quiet();

        assertThat(context.getLogger("ai.djl.util.cuda.CudaUtils").getEffectiveLevel())
                .isEqualTo(Level.OFF);
        assertThat(context.getLogger("ai.djl.huggingface.tokenizers.HuggingFaceTokenizer")
                        .getEffectiveLevel())
                .isEqualTo(Level.ERROR);
        assertThat(context.getLogger("ai.djl.util.Platform").getEffectiveLevel())
                .isEqualTo(Level.WARN);
        assertThat(other.getEffectiveLevel()).isEqualTo(Level.DEBUG);
        assertThat(java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization.AnyProvider")
                        .isLoggable(java.util.logging.Level.INFO))
                .as("Lucene's vectorization notes, through java.util.logging")
                .isFalse();
    }
}
