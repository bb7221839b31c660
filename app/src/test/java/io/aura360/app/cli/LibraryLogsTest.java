package io.aura360.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void quietingSilencesTheRoutineLinesAndLeavesOtherLoggersAlone() {
        LibraryLogs.quiet();

        assertThat(LoggerFactory.getLogger("ai.djl.util.cuda.CudaUtils").isWarnEnabled())
                .isFalse();
        assertThat(LoggerFactory.getLogger("ai.djl.huggingface.tokenizers.HuggingFaceTokenizer")
                        .isWarnEnabled())
                .isFalse();
        assertThat(LoggerFactory.getLogger("ai.djl.huggingface.tokenizers.HuggingFaceTokenizer")
                        .isErrorEnabled())
                .isTrue();
        assertThat(LoggerFactory.getLogger("io.aura360.vector.ingest.KnowledgeIngestor")
                        .isWarnEnabled())
                .isTrue();
    }
}
