package io.aura360.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.advice.RequestStatus;
import io.aura360.contracts.agents.AgentRunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** Error types and statuses are written as the strings stored and sent before they were enums. */
class ErrorTypeTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @EnumSource(ErrorType.class)
    void everyErrorTypeIsItsNameOnTheWireAndReadsBack(ErrorType type) {
        String wire = json.writeValueAsString(type);

        assertThat(wire).isEqualTo("\"" + type.name() + "\"");
        assertThat(json.readValue(wire, ErrorType.class)).isEqualTo(type);
        assertThat(ErrorType.parse(type.name())).contains(type);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"MEMORY_SHARD_LOST", "model_unavailable", " MODEL_UNAVAILABLE"})
    void anyOtherNameIsNoErrorType(String name) {
        assertThat(ErrorType.parse(name)).isEmpty();
    }

    @Test
    void theTypesOfTheSqlRulesAndOfTheReaperKeepTheirStoredNames() {
        // V16's refund rule and the stale-request reaper match these in SQL.
        assertThat(ErrorType.INTERRUPTED.name()).isEqualTo("INTERRUPTED");
        assertThat(ErrorType.AWAITING_PROFILE_DATA.name()).isEqualTo("AWAITING_PROFILE_DATA");
        assertThat(ErrorType.VECTOR_SERVICE_UNAVAILABLE.name()).isEqualTo("VECTOR_SERVICE_UNAVAILABLE");
    }

    @ParameterizedTest
    @EnumSource(RequestStatus.class)
    void requestStatusesAreTheirDatabaseNamesOnTheWire(RequestStatus status) {
        assertThat(json.writeValueAsString(status)).isEqualTo("\"" + status.name() + "\"");
        assertThat(json.readValue("\"" + status.name() + "\"", RequestStatus.class))
                .isEqualTo(status);
    }

    @ParameterizedTest
    @EnumSource(AgentRunStatus.class)
    void agentRunStatusesAreTheirDatabaseNamesOnTheWire(AgentRunStatus status) {
        assertThat(json.writeValueAsString(status)).isEqualTo("\"" + status.name() + "\"");
        assertThat(json.readValue("\"" + status.name() + "\"", AgentRunStatus.class))
                .isEqualTo(status);
    }
}
