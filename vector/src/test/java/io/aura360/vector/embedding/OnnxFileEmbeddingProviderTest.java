package io.aura360.vector.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads a model by path: the bge-small model and tokenizer are copied out of the LangChain4j jar into a
 * directory, loaded as any user model would be, and must embed exactly as the in-jar provider does.
 */
class OnnxFileEmbeddingProviderTest {

    private static final List<String> PASSAGES = List.of(
            "Adults need seven to nine hours of sleep.",
            "Caminar treinta minutos al día mejora el ánimo.",
            "tax return deadline");

    @TempDir
    static Path models;

    private static BgeSmallEmbeddingProvider inJar;

    private static OnnxFileEmbeddingProvider fromPath;

    @BeforeAll
    static void copyTheModelOutOfTheJar() throws IOException {
        copy(BgeSmallEmbeddingProvider.MODEL_RESOURCE, models.resolve("model.onnx"));
        copy(BgeSmallEmbeddingProvider.TOKENIZER_RESOURCE, models.resolve("tokenizer.json"));
        inJar = new BgeSmallEmbeddingProvider();
        fromPath = OnnxFileEmbeddingProvider.load(
                models,
                null,
                PoolingMode.CLS,
                new LangChainEmbeddingProvider.Prefixes(BgeSmallEmbeddingProvider.QUERY_INSTRUCTION, ""),
                2);
    }

    @Test
    void readsTheDimensionFromTheModel() {
        assertThat(fromPath.dimension()).isEqualTo(384);
    }

    @Test
    void embedsPassagesExactlyAsTheInJarModel() {
        List<float[]> expected = inJar.embedDocuments(PASSAGES);
        List<float[]> actual = fromPath.embedDocuments(PASSAGES);

        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < PASSAGES.size(); i++) {
            assertThat(actual.get(i)).containsExactly(expected.get(i), within(1e-6f));
        }
    }

    @Test
    void embedsQueriesWithTheConfiguredPrefixExactlyAsTheInJarModel() {
        assertThat(fromPath.embedQuery("how to sleep better"))
                .containsExactly(inJar.embedQuery("how to sleep better"), within(1e-6f));
    }

    @Test
    void givesConfiguredE5StylePrefixesToTheModelForQueriesAndPassages() {
        // Configured as an operator would: AURA_EMBEDDING_QUERY_PREFIX / AURA_EMBEDDING_PASSAGE_PREFIX.
        EmbeddingProvider e5Style = EmbeddingProviders.create(EmbeddingProperties.fromEnvironment(Map.of(
                "AURA_EMBEDDING", "onnx",
                "AURA_EMBEDDING_MODEL_PATH", models.toString(),
                "AURA_EMBEDDING_POOLING", "cls",
                "AURA_EMBEDDING_QUERY_PREFIX", "query: ",
                "AURA_EMBEDDING_PASSAGE_PREFIX", "passage: ")));
        OnnxFileEmbeddingProvider bare = OnnxFileEmbeddingProvider.load(
                models, null, PoolingMode.CLS, LangChainEmbeddingProvider.Prefixes.NONE, 4);

        assertThat(e5Style.embedQuery("how to sleep better"))
                .containsExactly(bare.embedQuery("query: how to sleep better"), within(1e-6f));
        assertThat(e5Style.embedDocuments(PASSAGES).get(1))
                .containsExactly(
                        bare.embedDocuments(List.of("passage: " + PASSAGES.get(1)))
                                .get(0),
                        within(1e-6f));
        assertThat(e5Style.embedQuery("how to sleep better")).isNotEqualTo(bare.embedQuery("how to sleep better"));
    }

    @Test
    void identifiesTheModelByItsFileHashAndPooling() throws IOException {
        assertThat(fromPath.modelId()).matches("onnx:model\\.onnx@sha256:[0-9a-f]{12}/cls");

        Path other = Files.createDirectories(models.resolve("mean"));
        Files.copy(models.resolve("model.onnx"), other.resolve("model.onnx"));
        Files.copy(models.resolve("tokenizer.json"), other.resolve("tokenizer.json"));
        OnnxFileEmbeddingProvider meanPooled = OnnxFileEmbeddingProvider.load(
                other.resolve("model.onnx"), null, PoolingMode.MEAN, LangChainEmbeddingProvider.Prefixes.NONE, 8);

        assertThat(meanPooled.modelId()).isNotEqualTo(fromPath.modelId()).endsWith("/mean");
        assertThat(meanPooled.embedDocuments(List.of(PASSAGES.get(0))).get(0))
                .isNotEqualTo(fromPath.embedDocuments(List.of(PASSAGES.get(0))).get(0));
    }

    @Test
    void namesTheMissingFile(@TempDir Path empty) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OnnxFileEmbeddingProvider.load(
                        empty, null, PoolingMode.MEAN, LangChainEmbeddingProvider.Prefixes.NONE, 8))
                .withMessageContaining("ONNX model")
                .withMessageContaining(empty.resolve("model.onnx").toString());
    }

    @Test
    void isChosenByConfiguration() {
        EmbeddingProvider configured = EmbeddingProviders.create(new EmbeddingProperties(
                "onnx", models, null, "cls", BgeSmallEmbeddingProvider.QUERY_INSTRUCTION, null, 16, null));

        assertThat(configured.modelId()).isEqualTo(fromPath.modelId());
        assertThat(EmbeddingProviders.create(EmbeddingProperties.defaults()).modelId())
                .isEqualTo(BgeSmallEmbeddingProvider.MODEL_ID);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EmbeddingProviders.create(
                        new EmbeddingProperties("onnx", null, null, null, null, null, null, null)))
                .withMessageContaining("AURA_EMBEDDING_MODEL_PATH");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EmbeddingProviders.create(
                        new EmbeddingProperties("word2vec", null, null, null, null, null, null, null)))
                .withMessageContaining("unknown AURA_EMBEDDING 'word2vec'");
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = BgeSmallEmbeddingProvider.class.getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
    }
}
