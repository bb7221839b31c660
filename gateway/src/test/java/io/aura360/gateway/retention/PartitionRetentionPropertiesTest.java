package io.aura360.gateway.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** {@code aura.retention.partitions}: the documented defaults, environment variables, and no horizon so short it drops the current month. */
class PartitionRetentionPropertiesTest {

    private static PartitionRetentionProperties bind(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-env", variables));
        return new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("aura.retention.partitions", PartitionRetentionProperties.class);
    }

    @Test
    void defaultsAndEnvironmentVariables() {
        assertThat(bind(Map.of()))
                .isEqualTo(new PartitionRetentionProperties(true, Duration.ofDays(400), false, "0 17 3 * * *"));
        assertThat(bind(Map.of(
                        "AURA_RETENTION_PARTITIONS_HORIZON", "730d",
                        "AURA_RETENTION_PARTITIONS_DRY_RUN", "true",
                        "AURA_RETENTION_PARTITIONS_ENABLED", "false")))
                .isEqualTo(new PartitionRetentionProperties(false, Duration.ofDays(730), true, "0 17 3 * * *"));
    }

    @Test
    void aHorizonShorterThanTwoMonthsIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("AURA_RETENTION_PARTITIONS_HORIZON", "30d")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("at least 62d");
    }
}
