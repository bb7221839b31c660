package io.aura360.vector.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BgeSmallEmbeddingProviderTest {

    private static final String SLEEP = "how to sleep better at night";

    private static final String ASLEEP = "tips for falling asleep";

    private static final String TAX = "tax return deadline";

    private static BgeSmallEmbeddingProvider provider;

    @BeforeAll
    static void loadModel() {
        provider = new BgeSmallEmbeddingProvider();
    }

    @Test
    void givesTheRetrievalInstructionToShortQueriesOnly() {
        BgeSmallEnV15QuantizedEmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel();
        EmbeddingProvider bare =
                new LangChainEmbeddingProvider("bare", 384, model, model, LangChainEmbeddingProvider.Prefixes.NONE, 1);
        String question = "How many points did the Panthers defense surrender in the whole game?";

        assertThat(provider.embedQuery(ASLEEP))
                .containsExactly(bare.embedQuery(BgeSmallEmbeddingProvider.QUERY_INSTRUCTION + ASLEEP), within(1e-6f));
        assertThat(provider.embedQuery(question)).containsExactly(bare.embedQuery(question), within(1e-6f));
    }

    @Test
    void namesItsModelAndProduces384Dimensions() {
        assertThat(provider.modelId())
                .isEqualTo(BgeSmallEmbeddingProvider.MODEL_ID)
                .startsWith("bge-small-en-v1.5");
        assertThat(provider.dimension()).isEqualTo(384);
        assertThat(provider.embedQuery(SLEEP)).hasSize(384);
        assertThat(provider.embedDocuments(List.of(SLEEP, TAX)))
                .hasSize(2)
                .allSatisfy(v -> assertThat(v).hasSize(384));
    }

    @Test
    void returnsUnitLengthVectors() {
        assertThat(norm(provider.embedQuery(SLEEP))).isCloseTo(1.0, within(1e-4));
        for (float[] vector : provider.embedDocuments(List.of(SLEEP, ASLEEP, TAX, "a"))) {
            assertThat(norm(vector)).isCloseTo(1.0, within(1e-4));
        }
    }

    @Test
    void embedsTheSameTextToTheSameVector() {
        assertThat(provider.embedQuery(SLEEP)).containsExactly(provider.embedQuery(SLEEP), within(1e-6f));
        assertThat(provider.embedDocuments(List.of(TAX)).get(0))
                .containsExactly(provider.embedDocuments(List.of(TAX)).get(0), within(1e-6f));
    }

    @Test
    void placesRelatedPassagesCloserThanUnrelatedOnes() {
        List<float[]> vectors = provider.embedDocuments(List.of(SLEEP, ASLEEP, TAX));
        float[] sleep = vectors.get(0);
        float[] asleep = vectors.get(1);
        float[] tax = vectors.get(2);

        assertThat(cosine(sleep, asleep)).isGreaterThan(cosine(sleep, tax)).isGreaterThan(cosine(asleep, tax));
        assertThat(cosine(sleep, asleep) - cosine(sleep, tax)).isGreaterThan(0.1);
    }

    @Test
    void placesAQueryCloserToTheRelevantPassage() {
        float[] query = provider.embedQuery(SLEEP);
        List<float[]> passages = provider.embedDocuments(List.of(ASLEEP, TAX));

        assertThat(cosine(query, passages.get(0))).isGreaterThan(cosine(query, passages.get(1)));
    }

    @Test
    void embedsQueriesWithTheRetrievalInstructionAndPassagesWithout() {
        float[] asQuery = provider.embedQuery(SLEEP);
        float[] asPassage = provider.embedDocuments(List.of(SLEEP)).get(0);

        assertThat(cosine(asQuery, asPassage)).isLessThan(0.999).isGreaterThan(0.5);
    }

    @Test
    void embedsABatchExactlyAsOneByOne() {
        List<String> passages =
                List.of(SLEEP, "Adults should eat less than five grams of salt a day, about a teaspoon.", TAX);

        List<float[]> batch = provider.embedDocuments(passages);

        assertThat(batch).hasSameSizeAs(passages);
        for (int i = 0; i < passages.size(); i++) {
            float[] single = provider.embedDocuments(List.of(passages.get(i))).get(0);
            assertThat(batch.get(i)).containsExactly(single, within(1e-4f));
        }
    }

    private static double norm(float[] vector) {
        return Math.sqrt(dot(vector, vector));
    }

    private static double cosine(float[] a, float[] b) {
        return dot(a, b) / (norm(a) * norm(b));
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }
}
