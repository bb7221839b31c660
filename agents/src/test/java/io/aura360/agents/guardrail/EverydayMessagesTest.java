package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.agents.model.LocalEmbeddings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain requests, the bulk of the traffic, written for this test (in no evaluation set): the offline layers together
 * must leave them unflagged. A false alarm here opens a human review item and adds a crisis line to ordinary advice,
 * so it would be paid on a large share of all requests. Written when a classifier trained on crisis statements and
 * tricky look-alikes took "I sleep badly" for a passive death wish.
 */
class EverydayMessagesTest {

    private static final CrisisDetector OFFLINE = CrisisDetector.offline(LocalEmbeddings.bgeSmall());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I sleep badly",
                "i sleep well but wake up tired",
                "How can I sleep better?",
                "I feel tired all the time",
                "always exhausted after work, any tips for energy?",
                "stressed about my exams",
                "I want to eat healthier",
                "my back hurts after running",
                "duermo mal",
                "me cuesta dormir por las noches",
                "estoy cansada todo el dia",
                "quiero comer mas sano",
                "estoy agobiado con el trabajo",
                "me siento un poco triste hoy, que puedo hacer",
                "como medito si nunca lo hice"
            })
    void ordinaryRequestsAreNotFlagged(String message) {
        CrisisAssessment assessment = OFFLINE.assess(message);

        assertThat(assessment.risk())
                .as("%s -> %s", message, assessment.signals())
                .isFalse();
    }
}
