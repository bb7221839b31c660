package io.aura360.vector.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the collections live and how they are checked. {@code backend} is {@code lucene} (files under
 * {@code aura.vector.index-dir}) or {@code qdrant} ({@code qdrantUrl}, gRPC, e.g. {@code http://localhost:6334});
 * {@code collection} is the alias searches use; {@code mergeCollections} are further collections (same model)
 * searched and merged with it; {@code smokeOnStart} runs the smoke file ({@code smokeFile}, the bundled one when
 * unset) before the service reports ready.
 */
@ConfigurationProperties("aura.vector")
public record StoreProperties(
        String backend,
        String qdrantUrl,
        String qdrantApiKey,
        String collection,
        List<String> mergeCollections,
        Boolean smokeOnStart,
        Path smokeFile) {

    public StoreProperties {
        backend = (backend == null || backend.isBlank())
                ? "lucene"
                : backend.trim().toLowerCase(Locale.ROOT);
        if (!backend.equals("lucene") && !backend.equals("qdrant")) {
            throw new IllegalArgumentException("AURA_VECTOR_BACKEND must be lucene or qdrant, not " + backend);
        }
        if (backend.equals("qdrant") && (qdrantUrl == null || qdrantUrl.isBlank())) {
            throw new IllegalArgumentException(
                    "AURA_VECTOR_BACKEND=qdrant needs AURA_QDRANT_URL (e.g. http://localhost:6334)");
        }
        collection = (collection == null || collection.isBlank()) ? "holistic_memory" : collection;
        mergeCollections = (mergeCollections == null) ? List.of() : List.copyOf(mergeCollections);
        smokeOnStart = Boolean.TRUE.equals(smokeOnStart);
    }
}
