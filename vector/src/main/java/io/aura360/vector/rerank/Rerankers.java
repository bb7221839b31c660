package io.aura360.vector.rerank;

import io.aura360.vector.embedding.EmbeddingProvider;
import java.net.http.HttpClient;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The reranker {@link RerankProperties} ask for, if any. */
public final class Rerankers {

    private Rerankers() {}

    public static Optional<Reranker> from(RerankProperties properties, EmbeddingProvider embeddings) {
        return switch (properties.kind()) {
            case "mmr" -> Optional.of(new MaximalMarginalRelevance(embeddings, properties.mmrLambda()));
            case "http" -> Optional.of(new HttpReranker(client(properties), properties.model(), properties.format()));
            default -> Optional.empty();
        };
    }

    private static RestClient client(RerankProperties properties) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                // HTTP/1.1: plaintext rerank servers (TEI, vLLM) do not all survive the JDK client's h2c upgrade.
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(properties.timeout())
                        .build());
        requests.setReadTimeout(properties.timeout());
        RestClient.Builder builder =
                RestClient.builder().baseUrl(properties.url()).requestFactory(requests);
        if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
            builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.apiKey());
        }
        return builder.build();
    }
}
