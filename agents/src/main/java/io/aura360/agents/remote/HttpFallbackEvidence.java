package io.aura360.agents.remote;

import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.FallbackEvidence;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The fallback evidence kept by the gateway ({@code GET /internal/v1/fallback-evidence} at {@code AURA_GATEWAY_URL}),
 * read when the vector service is down. The gateway already keeps the sources of every good answer it stores, so
 * this side only reads. A gateway that cannot answer means no fallback: the run then fails as recoverable.
 */
public final class HttpFallbackEvidence implements FallbackEvidence {

    private static final ParameterizedTypeReference<List<EvidenceHit>> HITS = new ParameterizedTypeReference<>() {};

    private final RestClient client;

    HttpFallbackEvidence(RestClient client) {
        this.client = client;
    }

    @Override
    public List<EvidenceHit> recent(String category, String locale, int limit) {
        try {
            List<EvidenceHit> hits = client.get()
                    .uri(uri -> uri.path("/internal/v1/fallback-evidence")
                            .queryParam("category", category)
                            .queryParam("locale", locale)
                            .queryParam("limit", limit)
                            .build())
                    .retrieve()
                    .body(HITS);
            return (hits == null) ? List.of() : hits;
        } catch (RestClientException ex) {
            return List.of();
        }
    }

    @Override
    public void remember(String category, String locale, List<EvidenceHit> evidence) {
        // The gateway remembers the sources of each answer when it stores it (one writer of the database).
    }
}
