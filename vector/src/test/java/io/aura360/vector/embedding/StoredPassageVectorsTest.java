package io.aura360.vector.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.platform.built.BuiltFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredPassageVectorsTest {

    /** A deterministic two-dimensional model that records what it was asked to embed. */
    private static final class RecordingModel implements EmbeddingProvider {

        final List<String> embedded = new ArrayList<>();

        @Override
        public String modelId() {
            return "recording";
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public float[] embedQuery(String query) {
            embedded.add("query:" + query);
            return vectorOf(query);
        }

        @Override
        public List<float[]> embedDocuments(List<String> passages) {
            embedded.addAll(passages);
            return passages.stream().map(RecordingModel::vectorOf).toList();
        }

        static float[] vectorOf(String text) {
            return new float[] {text.length(), 1};
        }
    }

    @Test
    void storedPassagesAreNotEmbeddedAndTheRestAreInOneCallInOrder() {
        RecordingModel model = new RecordingModel();
        float[] storedA = {9, 9};
        StoredPassageVectors provider = new StoredPassageVectors(
                model,
                Map.of(StoredPassageVectors.digest("a"), storedA, StoredPassageVectors.digest("ccc"), new float[] {7, 7
                }));

        List<float[]> vectors = provider.embedDocuments(List.of("a", "bb", "ccc", "dddd"));

        assertThat(model.embedded).containsExactly("bb", "dddd");
        assertThat(vectors).containsExactly(storedA, new float[] {2, 1}, new float[] {7, 7}, new float[] {4, 1});
        vectors.get(0)[0] = -1;
        assertThat(provider.embedDocuments(List.of("a")).getFirst())
                .as("a caller cannot change the stored vector")
                .containsExactly(9, 9);
    }

    @Test
    void aPassageDifferingByOneCharacterIsEmbedded() {
        RecordingModel model = new RecordingModel();
        StoredPassageVectors provider =
                new StoredPassageVectors(model, Map.of(StoredPassageVectors.digest("Sleep\nwell"), new float[] {9, 9}));

        provider.embedDocuments(List.of("Sleep\nwell.", "sleep\nwell"));

        assertThat(model.embedded).containsExactly("Sleep\nwell.", "sleep\nwell");
    }

    @Test
    void queriesAlwaysGoToTheModel() {
        RecordingModel model = new RecordingModel();
        StoredPassageVectors provider =
                new StoredPassageVectors(model, Map.of(StoredPassageVectors.digest("a"), new float[] {9, 9}));

        assertThat(provider.embedQuery("a")).containsExactly(1, 1);
        assertThat(model.embedded).containsExactly("query:a");
    }

    @Test
    void theBuildEmbedsOnlyWhenThePassagesOrTheModelChanged(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("starter.vectors");
        RecordingModel model = new RecordingModel();

        StoredPassageVectors.store(file, model, List.of("a", "bb"));
        StoredPassageVectors.store(file, model, List.of("bb", "a"));
        assertThat(model.embedded).as("the same passages: the file is kept").containsExactly("a", "bb");

        StoredPassageVectors.store(file, model, List.of("a", "bb", "ccc"));
        assertThat(model.embedded).containsExactly("a", "bb", "a", "bb", "ccc");

        Files.writeString(file, "garbage");
        StoredPassageVectors.store(file, model, List.of("a"));
        assertThat(model.embedded).hasSize(6);
        assertThat(BuiltFile.holds(file, "not its key")).isFalse();
    }

    @Test
    void withoutStoredVectorsForItsModelTheModelIsUsedAsItIs() {
        RecordingModel model = new RecordingModel();

        assertThat(StoredPassageVectors.over(model)).isSameAs(model);
    }
}
