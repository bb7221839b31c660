package io.aura360.gateway.request;

import io.aura360.contracts.AnswerLanguage;
import io.aura360.contracts.Category;
import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.gateway.fallback.FallbackEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds and keeps the {@link ProvisionalSummary} of a request whose answer is late, from the fallback evidence
 * of its category and language ({@code evidence_fallback}). Kept in {@code provisional_summaries} so any gateway
 * instance answering a poll or an SSE stream shows it; removed by the statement that ends the request
 * ({@link RequestOutcomes}).
 */
@Component
class ProvisionalSummaries {

    static final int HIGHLIGHTS = 3;

    static final int EXCERPT_CHARS = 280;

    private static final Map<String, String> NOTICE = Map.of(
            "en",
                    "Provisional: excerpts from trusted sources we keep for this topic, shown while your personalised "
                            + "answer is prepared. It is not tailored to you yet and will be replaced by the full answer.",
            "es",
                    "Provisional: extractos de fuentes fiables que guardamos sobre este tema, mientras preparamos tu "
                            + "respuesta personalizada. Aún no está adaptado a ti y la respuesta completa lo sustituirá.");

    private final FallbackEvidence fallback;

    private final JdbcClient jdbc;

    private final JsonMapper json;

    ProvisionalSummaries(FallbackEvidence fallback, JdbcClient jdbc, JsonMapper json) {
        this.fallback = fallback;
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The provisional summary of a request that is still open, stored for later reads; empty when no evidence is
     * kept for the category and language (nothing is better than something made up).
     */
    Optional<ProvisionalSummary> offer(UUID requestId, UUID userId, Category category, String locale) {
        String language = AnswerLanguage.of(locale);
        List<EvidenceHit> evidence = fallback.recent(category.wireName(), language, HIGHLIGHTS);
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        ProvisionalSummary summary = new ProvisionalSummary(
                ProvisionalSummary.LABEL,
                NOTICE.get(language),
                evidence.stream()
                        .map(hit -> new ProvisionalSummary.Highlight(hit.sourceId(), hit.url(), excerpt(hit.chunk())))
                        .toList());
        jdbc.sql("""
				insert into provisional_summaries (request_id, user_id, summary)
				select :id, :user, cast(:summary as jsonb) where exists (
				  select 1 from holistic_requests where id = :id and status in ('PENDING', 'PROCESSING'))
				on conflict (request_id) do nothing""")
                .param("id", requestId)
                .param("user", userId)
                .param("summary", json.writeValueAsString(summary))
                .update();
        return Optional.of(summary);
    }

    ProvisionalSummary read(String stored) {
        return (stored == null) ? null : json.readValue(stored, ProvisionalSummary.class);
    }

    /** Whole sentences from the start of the chunk, up to {@link #EXCERPT_CHARS}; a cut word ends in an ellipsis. */
    static String excerpt(String chunk) {
        String text = chunk.strip().replaceAll("\\s+", " ");
        List<String> kept = new ArrayList<>();
        int length = 0;
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            if (length + sentence.length() + kept.size() > EXCERPT_CHARS) {
                break;
            }
            kept.add(sentence);
            length += sentence.length();
        }
        if (!kept.isEmpty()) {
            return String.join(" ", kept);
        }
        int cut = text.lastIndexOf(' ', EXCERPT_CHARS - 1);
        return text.substring(0, (cut > 0) ? cut : EXCERPT_CHARS - 1) + "…";
    }
}
