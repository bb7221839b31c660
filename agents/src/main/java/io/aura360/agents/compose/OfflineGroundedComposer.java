package io.aura360.agents.compose;

import io.aura360.contracts.Category;
import io.aura360.contracts.advice.AdvicePayload.FollowUp;
import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import io.aura360.contracts.advice.AdvicePayload.Summary;
import io.aura360.contracts.agents.UserContext;
import io.aura360.contracts.vector.EvidenceHit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The default model: deterministic and offline. Each recommendation is a sentence quoted from one retrieved
 * chunk (the best one of its document) and cites that chunk; the summary and follow-ups are fixed phrases
 * filled with counts and the user's own profile. No evidence, no recommendation.
 */
public final class OfflineGroundedComposer {

    public static final String MODEL = "offline-grounded-composer/1.0";

    private static final int CHECK_IN_DAYS = 7;

    public List<Recommendation> recommend(String type, List<EvidenceHit> evidence, String request, int max) {
        if (max <= 0) {
            return List.of();
        }
        Set<String> requestWords = SentencePicker.words(request);
        Map<String, EvidenceHit> bestPerDocument = new LinkedHashMap<>();
        evidence.stream()
                .sorted((a, b) -> Double.compare(b.score(), a.score()))
                .forEach(hit -> bestPerDocument.putIfAbsent(hit.docId(), hit));
        List<Recommendation> recommendations = new ArrayList<>();
        for (EvidenceHit hit : bestPerDocument.values()) {
            if (recommendations.size() == max) {
                break;
            }
            recommendations.add(new Recommendation(
                    type,
                    SentencePicker.pick(hit.chunk(), requestWords),
                    confidence(hit.score()),
                    List.of(hit.sourceId())));
        }
        return recommendations;
    }

    public Summary summarise(Category category, String locale, int recommendationCount, UserContext context) {
        Wording wording = Wording.of(locale);
        String title = wording.title(category);
        if (recommendationCount == 0) {
            return new Summary(title, wording.noEvidence());
        }
        StringBuilder message = new StringBuilder(wording.intro(recommendationCount, category));
        goal(context).ifPresent(goal -> message.append(String.format(wording.goalFormat(), goal)));
        if (context.isEmptyProfile()) {
            message.append(wording.emptyProfile());
        }
        return new Summary(title, message.toString());
    }

    public List<FollowUp> followUps(String locale, UserContext context, LocalDate today) {
        List<FollowUp> followUps = new ArrayList<>();
        if (context.isEmptyProfile()) {
            followUps.add(new FollowUp(Wording.COMPLETE_PROFILE, null, "app"));
        }
        followUps.add(
                new FollowUp(Wording.CHECK_IN, today.plusDays(CHECK_IN_DAYS).toString(), "app"));
        return followUps;
    }

    private static Optional<String> goal(UserContext context) {
        Object goals = context.profile().get("goals");
        if (goals instanceof Collection<?> list && !list.isEmpty()) {
            return Optional.of(
                    String.join(", ", list.stream().map(Object::toString).toList()));
        }
        if (goals instanceof String text && !text.isBlank()) {
            return Optional.of(text.strip());
        }
        return Optional.empty();
    }

    private static double confidence(double score) {
        return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100.0;
    }
}
