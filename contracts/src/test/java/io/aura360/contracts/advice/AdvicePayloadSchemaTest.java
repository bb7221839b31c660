package io.aura360.contracts.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.aura360.contracts.Category;
import io.aura360.contracts.advice.AdvicePayload.AgentDiagnostics;
import io.aura360.contracts.advice.AdvicePayload.FollowUp;
import io.aura360.contracts.advice.AdvicePayload.PayloadUser;
import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import io.aura360.contracts.advice.AdvicePayload.Source;
import io.aura360.contracts.advice.AdvicePayload.Summary;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The payload records serialise to exactly what the published JSON Schema accepts, and no more. */
class AdvicePayloadSchemaTest {

    private static final String CHECKSUM = "a".repeat(64);

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void serialisedPayloadMatchesTheSchema() {
        assertThat(violations(json.writeValueAsString(payload(0.8, List.of("doc#0")))))
                .isEmpty();
    }

    @Test
    void writesSnakeCaseWireNames() {
        String wire = json.writeValueAsString(payload(0.8, List.of("doc#0")));
        assertThat(wire)
                .contains(
                        "\"follow_up\"",
                        "\"agent_diagnostics\"",
                        "\"evidence_ids\"",
                        "\"source_id\"",
                        "\"prompt_checksum\"",
                        "\"safety_flags\"",
                        "\"category\":\"body\"");
    }

    @Test
    void readsBackWhatItWrites() {
        AdvicePayload payload = payload(0.8, List.of("doc#0"));
        assertThat(json.readValue(json.writeValueAsString(payload), AdvicePayload.class))
                .isEqualTo(payload);
    }

    @Test
    void schemaRejectsAConfidenceAboveOne() {
        assertThat(violations(json.writeValueAsString(payload(1.5, List.of("doc#0")))))
                .isNotEmpty();
    }

    @Test
    void schemaRejectsARecommendationWithoutEvidence() {
        assertThat(violations(json.writeValueAsString(payload(0.5, List.of())))).isNotEmpty();
    }

    @Test
    void schemaRejectsUnknownMembersAndCategories() {
        String wire = json.writeValueAsString(payload(0.5, List.of("doc#0")));
        assertThat(violations(wire.replaceFirst("\\{", "{\"extra\":1,"))).isNotEmpty();
        assertThat(violations(wire.replace("\"category\":\"body\"", "\"category\":\"spirit\"")))
                .isNotEmpty();
    }

    @Test
    void categoryParsesCaseInsensitivelyAndRefusesOthers() {
        assertThat(Category.parse(" Mind ")).contains(Category.MIND);
        assertThat(Category.parse("spirit")).isEmpty();
        assertThat(Category.parse(null)).isEmpty();
    }

    private static AdvicePayload payload(double confidence, List<String> evidence) {
        return new AdvicePayload(
                AdvicePayload.CURRENT_VERSION,
                new PayloadUser("3f6c1a52-8a5e-4f8e-9d6e-0c2b7f1e9a10", "free", "en"),
                Category.BODY,
                new Summary("Your body plan", "Two steps."),
                List.of(new Recommendation("sleep", "Keep a regular bedtime.", confidence, evidence)),
                List.of(new FollowUp("check_in_on_progress", "2026-12-02", "app")),
                List.of(new Source("doc#0", "https://www.nhs.uk/", "Keep a regular bedtime.", 0.9)),
                new AgentDiagnostics("offline-grounded-composer/1.0", CHECKSUM, List.of()));
    }

    private static Set<ValidationMessage> violations(String wire) {
        try (InputStream schema = AdvicePayload.class.getResourceAsStream("/schema/advice-payload-v1.json")) {
            JsonSchema compiled = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schema);
            return compiled.validate(new ObjectMapper().readTree(wire));
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
