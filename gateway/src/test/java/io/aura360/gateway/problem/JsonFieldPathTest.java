package io.aura360.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonFieldPathTest {

    @Test
    void namesBeanPropertiesAsTheSnakeCaseJsonFieldsClientsSend() {
        assertThat(JsonFieldPath.of("habitType")).isEqualTo("habit_type");
        assertThat(JsonFieldPath.of("entries[2].measuredAt")).isEqualTo("entries[2].measured_at");
        assertThat(JsonFieldPath.of("description")).isEqualTo("description");
        assertThat(JsonFieldPath.of("display_name")).isEqualTo("display_name");
    }
}
