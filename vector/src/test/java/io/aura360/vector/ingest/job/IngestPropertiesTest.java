package io.aura360.vector.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class IngestPropertiesTest {

    private static IngestProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("aura.ingest", IngestProperties.class);
    }

    @Test
    void defaultsToTheDefaultRetryPolicy() {
        assertThat(bind(Map.of()).retryPolicy()).isEqualTo(RetryPolicy.DEFAULT);
    }

    @Test
    void bindsEachKey() {
        assertThat(bind(Map.of(
                                "aura.ingest.max-attempts", "2",
                                "aura.ingest.initial-backoff", "100ms",
                                "aura.ingest.max-backoff", "1s"))
                        .retryPolicy())
                .isEqualTo(new RetryPolicy(2, Duration.ofMillis(100), Duration.ofSeconds(1)));
    }

    @Test
    void refusesABackoffCeilingBelowTheFirstBackoff() {
        assertThatThrownBy(() -> bind(Map.of("aura.ingest.initial-backoff", "10m")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("invalid retry policy");
    }
}
