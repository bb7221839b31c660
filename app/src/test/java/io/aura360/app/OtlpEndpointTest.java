package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OtlpEndpointTest {

    @Test
    void theCollectorsBaseUrlBecomesItsTracesUrl() {
        assertThat(AuraApplication.otlpTracesUrl("http://otel-collector:4318"))
                .isEqualTo("http://otel-collector:4318/v1/traces");
        assertThat(AuraApplication.otlpTracesUrl(" http://otel-collector:4318/ "))
                .isEqualTo("http://otel-collector:4318/v1/traces");
    }

    @Test
    void aFullTracesUrlIsKept() {
        assertThat(AuraApplication.otlpTracesUrl("https://collector.example/v1/traces"))
                .isEqualTo("https://collector.example/v1/traces");
    }
}
