package io.aura360.vector.embedding;

import io.aura360.platform.built.BuiltFile;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Passage vectors the build computed for the starter knowledge base ({@code BuildStarterVectors} in the app module),
 * handed out instead of embedding those passages again: the first start of a new home embedded 483 passages, about
 * 12 s of two cores. The file is keyed ({@link BuiltFile}) by the model's id, and a passage is found by a digest of
 * its exact text, so a passage that changed, another chunk length or another model is embedded as before. Queries
 * always go to the model.
 */
public final class StoredPassageVectors extends ForwardingEmbeddingProvider {

    public static final String RESOURCE = "/starter-knowledge.vectors";

    private static final String FORMAT = "passage vectors v1";

    /** Vectors by the SHA-256 of their passage's text (hex). */
    private final Map<String, float[]> byDigest;

    StoredPassageVectors(EmbeddingProvider delegate, Map<String, float[]> byDigest) {
        super(delegate);
        this.byDigest = Map.copyOf(byDigest);
    }

    /** {@code model} with the stored vectors of its passages, or {@code model} itself when none are stored for it. */
    public static EmbeddingProvider over(EmbeddingProvider model) {
        Map<String, float[]> stored = BuiltFile.read(RESOURCE, key(model.modelId()), StoredPassageVectors::readBody)
                .filter(vectors -> hasDimension(vectors, model.dimension()))
                .orElse(Map.of());
        return stored.isEmpty() ? model : new StoredPassageVectors(model, stored);
    }

    /**
     * Embeds {@code passages} with {@code model} and writes their vectors to {@code file}, unless it already holds
     * vectors of exactly these passages by this model.
     */
    public static void store(Path file, EmbeddingProvider model, List<String> passages) {
        String key = key(model.modelId());
        List<String> digests =
                passages.stream().map(StoredPassageVectors::digest).toList();
        Optional<Map<String, float[]>> existing = BuiltFile.read(file, key, StoredPassageVectors::readBody);
        if (existing.map(Map::keySet).filter(Set.copyOf(digests)::equals).isPresent()) {
            return;
        }
        Map<String, float[]> vectors = new LinkedHashMap<>();
        List<float[]> embedded = model.embedDocuments(passages);
        for (int i = 0; i < passages.size(); i++) {
            vectors.put(digests.get(i), embedded.get(i));
        }
        BuiltFile.write(file, key, out -> {
            out.writeInt(vectors.size());
            out.writeInt(model.dimension());
            for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
                out.writeUTF(entry.getKey());
                BuiltFile.writeFloats(out, entry.getValue());
            }
        });
    }

    @Override
    public List<float[]> embedDocuments(List<String> passages) {
        List<float[]> vectors = new ArrayList<>(passages.size());
        List<Integer> missing = new ArrayList<>();
        for (String passage : passages) {
            float[] stored = byDigest.get(digest(passage));
            if (stored == null) {
                missing.add(vectors.size());
            }
            vectors.add(stored == null ? null : stored.clone());
        }
        if (!missing.isEmpty()) {
            List<float[]> embedded = delegate()
                    .embedDocuments(missing.stream().map(passages::get).toList());
            for (int i = 0; i < missing.size(); i++) {
                vectors.set(missing.get(i), embedded.get(i));
            }
        }
        return vectors;
    }

    private static String key(String modelId) {
        return BuiltFile.key(List.of(FORMAT, modelId));
    }

    private static Map<String, float[]> readBody(DataInputStream in) throws IOException {
        int count = in.readInt();
        int dimension = in.readInt();
        Map<String, float[]> vectors = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            vectors.put(in.readUTF(), BuiltFile.readFloats(in, dimension));
        }
        return vectors;
    }

    private static boolean hasDimension(Map<String, float[]> vectors, int dimension) {
        return vectors.values().stream().allMatch(vector -> vector.length == dimension);
    }

    /** A passage's lookup key: the SHA-256 of its exact text. */
    static String digest(String passage) {
        return BuiltFile.key(List.of(passage));
    }
}
