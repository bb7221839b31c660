package io.aura360.vector.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.platform.built.BuiltFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredPassageVectorsTest {

    @Test
    void storedPassagesAreNotEmbeddedAndTheRestAreInOneCallInOrder() {
        RecordingEmbeddingModel model = new RecordingEmbeddingModel();
        float[] storedA = {9, 9};
        StoredPassageVectors provider = new StoredPassageVectors(
                model,
                Map.of(StoredPassageVectors.digest("a"), storedA, StoredPassageVectors.digest("ccc"), new float[] {7, 7
                }));

        List<float[]> vectors = provider.embedDocuments(List.of("a", "bb", "ccc", "dddd"));

        assertThat(model.passages).containsExactly("bb", "dddd");
        assertThat(vectors).containsExactly(storedA, new float[] {2, 1}, new float[] {7, 7}, new float[] {4, 1});
        vectors.get(0)[0] = -1;
        assertThat(provider.embedDocuments(List.of("a")).getFirst())
                .as("a caller cannot change the stored vector")
                .containsExactly(9, 9);
    }

    @Test
    void aPassageDifferingByOneCharacterIsEmbedded() {
        RecordingEmbeddingModel model = new RecordingEmbeddingModel();
        StoredPassageVectors provider =
                new StoredPassageVectors(model, Map.of(StoredPassageVectors.digest("Sleep\nwell"), new float[] {9, 9}));

        provider.embedDocuments(List.of("Sleep\nwell.", "sleep\nwell"));

        assertThat(model.passages).containsExactly("Sleep\nwell.", "sleep\nwell");
    }

    @Test
    void queriesAlwaysGoToTheModel() {
        RecordingEmbeddingModel model = new RecordingEmbeddingModel();
        StoredPassageVectors provider =
                new StoredPassageVectors(model, Map.of(StoredPassageVectors.digest("a"), new float[] {9, 9}));

        assertThat(provider.embedQuery("a")).containsExactly(1, 1);
        assertThat(model.queries).containsExactly("a");
        assertThat(model.passages).isEmpty();
    }

    @Test
    void theBuildEmbedsOnlyWhenThePassagesOrTheModelChanged(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("starter.vectors");
        RecordingEmbeddingModel model = new RecordingEmbeddingModel();

        StoredPassageVectors.store(file, model, List.of("a", "bb"));
        StoredPassageVectors.store(file, model, List.of("bb", "a"));
        assertThat(model.passages).as("the same passages: the file is kept").containsExactly("a", "bb");

        StoredPassageVectors.store(file, model, List.of("a", "bb", "ccc"));
        assertThat(model.passages).containsExactly("a", "bb", "a", "bb", "ccc");

        EmbeddingProvider otherModel = new ForwardingEmbeddingProvider(model) {
            @Override
            public String modelId() {
                return "another@2";
            }
        };
        StoredPassageVectors.store(file, otherModel, List.of("a", "bb", "ccc"));
        assertThat(model.passages).as("another model: embedded again").hasSize(8);

        Files.writeString(file, "garbage");
        StoredPassageVectors.store(file, model, List.of("a"));
        assertThat(model.passages).hasSize(9);
        assertThat(BuiltFile.holds(file, "not its key")).isFalse();
    }

    @Test
    void withoutStoredVectorsForItsModelTheModelIsUsedAsItIs() {
        RecordingEmbeddingModel model = new RecordingEmbeddingModel();

        assertThat(StoredPassageVectors.over(model)).isSameAs(model);
    }
}
