package io.aura360.contracts.agents;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.Category;
import io.aura360.contracts.vector.EvidenceHit;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The agent wire records survive a strict JSON round trip: no derived member leaks onto the wire. */
class AgentWireRoundTripTest {

    private final JsonMapper strict = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void runRequestRoundTripsStrictly() {
        AgentRunRequest request = new AgentRunRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Category.SOUL,
                "es",
                "plus",
                "¿cómo encuentro sentido?",
                "s-1",
                new UserContext(
                        Map.of("goals", List.of("purpose")),
                        List.of("pregnancy"),
                        List.of(Map.of("type", "social", "description", "calls a friend")),
                        Map.of("steps", "8000 steps"),
                        List.of(new UserContext.RecentResponse("mind", "Your mind plan", "2026-11-24T10:00:00Z")),
                        Map.of("tone", "gentle")),
                Instant.parse("2026-11-25T10:00:12Z"),
                List.of(sleepProfile()),
                List.of(new EvidenceHit(
                        "soul-es-voluntariado#0", "soul-es-voluntariado", null, "Ayudar a otros…", 0.8)));

        String wire = strict.writeValueAsString(request);

        assertThat(wire)
                .doesNotContain("emptyProfile", "empty_profile", "fallbackEvidence")
                .contains("\"request_id\"", "\"medical_flags\"", "\"profiles\"", "\"fallback_evidence\"");
        assertThat(strict.readValue(wire, AgentRunRequest.class)).isEqualTo(request);
    }

    @Test
    void runRequestWithoutProfilesOrFallbackEvidenceHasEmptyLists() {
        String wire = """
				{"request_id": "%s", "user_id": "%s", "category": "mind", "locale": "en", "tier": "free",
				 "context": {"profile": {}, "medical_flags": [], "habits": [], "biometrics": {}, "recent_responses": [],
				             "preferences": {}}}""".formatted(UUID.randomUUID(), UUID.randomUUID());

        AgentRunRequest request = strict.readValue(wire, AgentRunRequest.class);

        assertThat(request.profiles()).isEmpty();
        assertThat(request.fallbackEvidence()).isEmpty();
    }

    @Test
    void agentProfileRoundTripsStrictly() {
        AgentProfile profile = sleepProfile();

        assertThat(strict.readValue(strict.writeValueAsString(profile), AgentProfile.class))
                .isEqualTo(profile);
    }

    private static AgentProfile sleepProfile() {
        return new AgentProfile(
                "body-es",
                Category.BODY,
                5,
                true,
                new AgentProfile.Match(Set.of("plus"), Set.of("es"), Set.of("diabetes")),
                List.of(new AgentStep(
                        "sleep",
                        "offline",
                        "advice",
                        Map.of("es", "dormir"),
                        new AgentStep.Retrieval(List.of("holistic_memory"), 4, 0.6),
                        List.of("grounding"))));
    }

    @Test
    void runRecordRoundTripsWithItsStatusWrittenAsBefore() {
        AgentRunRecord run = new AgentRunRecord(
                "sleep", "offline", Map.of("locale", "es"), 42, AgentRunStatus.COMPLETED, 1, List.of());

        String wire = strict.writeValueAsString(run);

        assertThat(wire).contains("\"status\":\"COMPLETED\"");
        assertThat(strict.readValue(wire, AgentRunRecord.class)).isEqualTo(run);
    }
}
