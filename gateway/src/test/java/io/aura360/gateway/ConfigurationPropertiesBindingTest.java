package io.aura360.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aura360.gateway.database.DatabaseProperties;
import io.aura360.gateway.profile.ProfileCacheProperties;
import io.aura360.gateway.request.StatusStreamProperties;
import io.aura360.gateway.retention.RetentionProperties;
import io.aura360.gateway.security.CorsProperties;
import io.aura360.gateway.webhook.WebhookProperties;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The gateway's feature properties keep the keys, environment variables and defaults the @Value lookups had. */
class ConfigurationPropertiesBindingTest {

    private static Binder environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-env", variables));
        return new Binder(ConfigurationPropertySources.get(environment));
    }

    @Test
    void defaultsMatchTheFormerValues() {
        Binder nothingSet = environment(Map.of());

        assertThat(nothingSet.bindOrCreate("aura.profile-cache", ProfileCacheProperties.class))
                .isEqualTo(new ProfileCacheProperties(Duration.ofSeconds(60), 10_000));
        assertThat(nothingSet.bindOrCreate("aura.webhooks", WebhookProperties.class))
                .isEqualTo(new WebhookProperties(false, false, Duration.ofSeconds(1)));
        assertThat(nothingSet.bindOrCreate("aura.database", DatabaseProperties.class))
                .isEqualTo(new DatabaseProperties(3, Duration.ofSeconds(5)));
        assertThat(nothingSet.bindOrCreate("aura.cors", CorsProperties.class).allowedOrigins())
                .isEmpty();
    }

    @Test
    void bindsFromTheEnvironmentVariables() {
        Binder set = environment(Map.of(
                "AURA_PROFILE_CACHE_TTL", "5m",
                "AURA_WEBHOOKS_ALLOW_PRIVATE", "true",
                "AURA_WEBHOOKS_INITIAL_BACKOFF", "250ms",
                "AURA_DATABASE_PARTITIONS_AHEAD", "6",
                "AURA_DATABASE_ADVICE_STATEMENT_TIMEOUT", "2s",
                "AURA_CORS_ALLOWED_ORIGINS", "https://app.example, https://admin.example"));

        assertThat(set.bindOrCreate("aura.profile-cache", ProfileCacheProperties.class)
                        .ttl())
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(set.bindOrCreate("aura.webhooks", WebhookProperties.class))
                .isEqualTo(new WebhookProperties(false, true, Duration.ofMillis(250)));
        assertThat(set.bindOrCreate("aura.database", DatabaseProperties.class))
                .isEqualTo(new DatabaseProperties(6, Duration.ofSeconds(2)));
        assertThat(set.bindOrCreate("aura.cors", CorsProperties.class).allowedOrigins())
                .containsExactly("https://app.example", "https://admin.example");
    }

    /** application.yml maps an unset AURA_CORS_ORIGINS to an empty string: no origin, not one blank origin. */
    @Test
    void anEmptyOriginListAllowsNoOrigin() {
        assertThat(environment(Map.of("AURA_CORS_ALLOWED_ORIGINS", ""))
                        .bindOrCreate("aura.cors", CorsProperties.class)
                        .allowedOrigins())
                .isEmpty();
    }

    @Test
    void refusesANonPositiveProfileCacheTtl() {
        assertThatThrownBy(() -> environment(Map.of("AURA_PROFILE_CACHE_TTL", "0s"))
                        .bindOrCreate("aura.profile-cache", ProfileCacheProperties.class))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("must be positive");
    }

    @Test
    void streamAndRetentionSettingsHaveTheirDocumentedDefaultsAndEnvironmentVariables() {
        assertThat(environment(Map.of()).bindOrCreate("aura.gateway.status-streams", StatusStreamProperties.class))
                .isEqualTo(new StatusStreamProperties(5, Duration.ofSeconds(15)));
        assertThat(environment(Map.of()).bindOrCreate("aura.retention", RetentionProperties.class))
                .isEqualTo(
                        new RetentionProperties(Duration.ofHours(24), Duration.ofDays(7), 1000, Duration.ofHours(1)));

        Binder set = environment(Map.of(
                "AURA_GATEWAY_STATUS_STREAMS_PER_USER", "2",
                "AURA_RETENTION_PUBLISHED_OUTBOX", "3d",
                "AURA_RETENTION_IDEMPOTENCY_KEYS", "12h"));

        assertThat(set.bindOrCreate("aura.gateway.status-streams", StatusStreamProperties.class)
                        .perUser())
                .isEqualTo(2);
        RetentionProperties retention = set.bindOrCreate("aura.retention", RetentionProperties.class);
        assertThat(retention.publishedOutbox()).isEqualTo(Duration.ofDays(3));
        assertThat(retention.idempotencyKeys()).isEqualTo(Duration.ofHours(12));
    }
}
