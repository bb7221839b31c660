package io.aura360.vector.rerank;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The optional rerank step: {@code kind} {@code none} (default), {@code mmr} (maximal marginal relevance with
 * {@code mmrLambda}, default 0.7) or {@code http} (a {@code /rerank} server at {@code url}, {@code format}
 * {@code cohere} or {@code tei}, optional {@code model} and {@code apiKey}, {@code timeout} default 2 s).
 */
@ConfigurationProperties("aura.vector.rerank")
public record RerankProperties(
        String kind,
        Double mmrLambda,
        String url,
        String model,
        String apiKey,
        HttpReranker.Format format,
        Duration timeout) {

    public RerankProperties {
        kind = (kind == null || kind.isBlank()) ? "none" : kind.trim().toLowerCase(Locale.ROOT);
        if (!kind.equals("none") && !kind.equals("mmr") && !kind.equals("http")) {
            throw new IllegalArgumentException("aura.vector.rerank.kind must be none, mmr or http, not " + kind);
        }
        if (kind.equals("http") && (url == null || url.isBlank())) {
            throw new IllegalArgumentException("aura.vector.rerank.kind=http needs aura.vector.rerank.url");
        }
        mmrLambda = (mmrLambda == null) ? 0.7 : mmrLambda;
        format = (format == null) ? HttpReranker.Format.COHERE : format;
        timeout = (timeout == null) ? Duration.ofSeconds(2) : timeout;
    }
}
