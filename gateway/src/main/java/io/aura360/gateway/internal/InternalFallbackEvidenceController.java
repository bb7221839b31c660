package io.aura360.gateway.internal;

import io.aura360.contracts.Category;
import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.FallbackEvidence;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/v1/fallback-evidence?category=&locale=&limit=}: the evidence a separately deployed agents
 * service answers from, flagged degraded, while the vector service is down (service key only).
 */
@RestController
@RequestMapping(path = "/internal/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class InternalFallbackEvidenceController {

    private static final int MAX_LIMIT = 20;

    private final FallbackEvidence fallback;

    InternalFallbackEvidenceController(FallbackEvidence fallback) {
        this.fallback = fallback;
    }

    @GetMapping("/fallback-evidence")
    List<EvidenceHit> recent(
            @RequestParam("category") String category,
            @RequestParam("locale") String locale,
            @RequestParam(name = "limit", defaultValue = "5") int limit) {
        Category parsed = Category.parse(category)
                .orElseThrow(() -> new ApiProblemException(ProblemType.INVALID_REQUEST, "Unknown category."));
        if (!locale.matches("[a-z]{2}") || limit < 1 || limit > MAX_LIMIT) {
            throw new ApiProblemException(
                    ProblemType.INVALID_REQUEST, "locale must be two letters and limit 1-" + MAX_LIMIT + ".");
        }
        return fallback.recent(parsed.wireName(), locale, limit);
    }
}
