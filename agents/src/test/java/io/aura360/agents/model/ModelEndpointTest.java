package io.aura360.agents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ModelEndpointTest {

    @Test
    void treatsBlankUrlAndKeyAsNotGiven() {
        ModelEndpoint endpoint = new ModelEndpoint(" ", "", "llama3.2", Duration.ofSeconds(10));

        assertThat(endpoint.baseUrl()).isNull();
        assertThat(endpoint.apiKey()).isNull();
    }

    @Test
    void neverShowsTheKeyInItsText() {
        ModelEndpoint endpoint =
                new ModelEndpoint("http://localhost:11434/v1", "sk-secret", "llama3.2", Duration.ofSeconds(10));

        assertThat(endpoint.toString()).contains("llama3.2").doesNotContain("sk-secret");
    }

    @Test
    void refusesANonPositiveTimeout() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ModelEndpoint(null, null, "gpt-4o-mini", Duration.ZERO));
    }
}
