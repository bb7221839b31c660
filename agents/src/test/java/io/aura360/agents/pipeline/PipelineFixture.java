package io.aura360.agents.pipeline;

import io.aura360.agents.conversation.InMemoryConversationMemory;
import io.aura360.agents.model.OfflineAdviceModel;
import io.aura360.contracts.Category;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.agents.AgentProfile.Match;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentStep;
import io.aura360.contracts.agents.AgentStep.Retrieval;
import io.aura360.contracts.agents.UserContext;
import io.aura360.contracts.vector.EvidenceHit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The pipeline's tests' shared world: two profiles (mind with a stress and a sleep step, soul with three), an
 * in-memory knowledge base of English and Spanish hits, a fixed clock and the offline model.
 */
abstract class PipelineFixture {

    static final Instant NOW = Instant.parse("2024-05-10T09:00:00Z");

    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final UUID USER_ID = UUID.fromString("7d1c2a4e-1111-4c0b-9a8e-3f2b6a5d9c01");

    static final String BOTH_TOPICS = "How can I lower stress and sleep better?";

    static final UserContext CONTEXT = new UserContext(
            Map.of("goals", List.of("sleep better")), List.of(), List.of(), Map.of(), List.of(), Map.of());

    // Steps deliberately not in alphabetical order, so running "in order" cannot be confused with sorting.
    static final AgentStep STRESS_STEP =
            step("stress_coach", Map.of("en", "stress and breathing", "es", "estrés y respiración"), 2, 0.5);

    static final AgentStep SLEEP_STEP =
            step("sleep_coach", Map.of("en", "sleep routine and rest", "es", "rutina de sueño y descanso"), 4, 0.3);

    static final AgentProfile MIND_PROFILE =
            new AgentProfile("mind-default", Category.MIND, 10, true, Match.EVERYONE, List.of(STRESS_STEP, SLEEP_STEP));

    static final AgentProfile SOUL_PROFILE = new AgentProfile(
            "soul-default",
            Category.SOUL,
            10,
            true,
            Match.EVERYONE,
            List.of(
                    step("gratitude_coach", Map.of("en", "gratitude"), 5, 0.0),
                    step("nature_coach", Map.of("en", "nature"), 5, 0.0),
                    step("purpose_coach", Map.of("en", "purpose"), 5, 0.0)));

    static final EvidenceHit REGULAR_ROUTINE =
            hit("sleep-hygiene#1", "Keep a regular sleep routine, going to bed at the same time every night.", 0.91);

    static final EvidenceHit DARK_ROOM =
            hit("sleep-hygiene#2", "A dark and quiet bedroom helps sleep and rest through the night.", 0.70);

    static final EvidenceHit SHORT_NAPS =
            hit("naps#1", "Limit daytime naps to twenty minutes so that night sleep and rest stay deep.", 0.62);

    static final EvidenceHit SLEEP_GADGETS =
            hit("gadgets#1", "Sleep trackers are fun but unproven gadgets for rest.", 0.25);

    static final EvidenceHit SLOW_BREATHING =
            hit("breathing#1", "Slow breathing for five minutes lowers stress before bed.", 0.88);

    static final EvidenceHit JOURNALING =
            hit("journaling#1", "Write down your worries to ease stress in the evening.", 0.45);

    static final EvidenceHit RUTINA =
            hit("sueno#1", "Mantén una rutina de sueño regular y acuéstate cada día a la misma hora.", 0.86);

    static final EvidenceHit RESPIRACION =
            hit("respiracion#1", "Practica la respiración lenta cinco minutos para bajar el estrés.", 0.80);

    static final EvidenceHit RUNNING =
            hit("running#1", "Running three times a week improves sleep, rest and stress levels.", 0.99);

    final InMemoryEvidenceSearch search = new InMemoryEvidenceSearch()
            .add("mind", "en", REGULAR_ROUTINE)
            .add("mind", "en", DARK_ROOM)
            .add("mind", "en", SHORT_NAPS)
            .add("mind", "en", SLEEP_GADGETS)
            .add("mind", "en", SLOW_BREATHING)
            .add("mind", "en", JOURNALING)
            .add("mind", "es", RUTINA)
            .add("mind", "es", RESPIRACION)
            .add("body", "en", RUNNING)
            .add(
                    "soul",
                    "en",
                    hit("gratitude-journal#1", "Write down three things you feel gratitude for each evening.", 0.95))
            .add(
                    "soul",
                    "en",
                    hit("gratitude-sharing#1", "Tell someone about a moment of gratitude from your week.", 0.60))
            .add(
                    "soul",
                    "en",
                    hit("gratitude-letters#1", "Gratitude letters lift mood for several weeks afterwards.", 0.30))
            .add("soul", "en", hit("nature-time#1", "Spend twenty minutes in nature to restore your attention.", 0.90))
            .add("soul", "en", hit("nature-walks#1", "Walk in a park or along a river when nature is close by.", 0.70))
            .add("soul", "en", hit("nature-pictures#1", "Even pictures of nature calm the mind a little.", 0.20))
            .add(
                    "soul",
                    "en",
                    hit(
                            "purpose-writing#1",
                            "Write one sentence about the purpose that gives your days meaning.",
                            0.85))
            .add(
                    "soul",
                    "en",
                    hit("purpose-volunteering#1", "Volunteering often gives a sense of purpose and belonging.", 0.50))
            .add("soul", "en", hit("purpose-ageing#1", "A sense of purpose is linked to healthier ageing.", 0.40));

    /** What the gateway would send: here the profiles of two categories, of which the agents use the request's. */
    static final List<AgentProfile> PROFILES = List.of(MIND_PROFILE, SOUL_PROFILE);

    final AgentPipeline pipeline = new AgentPipeline(
            search,
            AdviceModels.offlineOnly(new OfflineAdviceModel()),
            new InMemoryConversationMemory(Duration.ofMinutes(5)),
            CLOCK);

    static AgentRunRequest request(Category category, String locale, String message) {
        return request(category, locale, message, PROFILES);
    }

    static AgentRunRequest request(Category category, String locale, String message, List<AgentProfile> profiles) {
        return new AgentRunRequest(
                UUID.fromString("0b6f3c52-2222-4a1d-8f44-5e7c1d9b0a02"),
                USER_ID,
                category,
                locale,
                "premium",
                message,
                null,
                CONTEXT,
                null,
                profiles,
                List.of());
    }

    /** A free-tier mind request in English without a message, for these profiles, carrying this fallback evidence. */
    static AgentRunRequest freeMindRequest(List<AgentProfile> profiles, List<EvidenceHit> fallback) {
        return new AgentRunRequest(
                UUID.randomUUID(), USER_ID, Category.MIND, "en", "free", null, null, CONTEXT, null, profiles, fallback);
    }

    static AgentStep step(String agent, Map<String, String> focus, int topK, double minConfidence) {
        return new AgentStep(
                agent, "offline", "advice", focus, new Retrieval(List.of("knowledge"), topK, minConfidence), List.of());
    }

    static EvidenceHit hit(String sourceId, String chunk, double score) {
        return new EvidenceHit(
                sourceId, sourceId.split("#")[0], "https://example.org/" + sourceId.split("#")[0], chunk, score);
    }
}
