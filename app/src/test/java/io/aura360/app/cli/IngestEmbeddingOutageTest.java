package io.aura360.app.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.aura360.vector.index.LuceneKnowledgeIndex;
import io.aura360.vector.index.LuceneKnowledgeStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ./aura360 ingest} with Gemini embeddings while Gemini (WireMock) answers 503: every file is listed as
 * failed with the embedding model as its reason, the exit code is 1, and no document is stored without vectors.
 */
class IngestEmbeddingOutageTest {

    @RegisterExtension
    static WireMockExtension gemini = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path home;

    @TempDir
    Path docs;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void reportsEachFileAsFailedWithTheModelAsReasonAndStoresNothing() throws IOException {
        gemini.stubFor(
                post(urlPathMatching("/v1beta/models/.*:batchEmbedContents"))
                        .willReturn(
                                aResponse()
                                        .withStatus(503)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"error\": {\"code\": 503, \"message\": \"The model is overloaded.\", \"status\": \"UNAVAILABLE\"}}")));
        Path walking = Files.writeString(docs.resolve("walking.md"), """
				---
				id: body-en-walking
				category: body
				locale: en
				source_type: public_health_agency
				confidence: 0.9
				---
				Walk thirty minutes a day.
				""");

        int exit = new CommandLine(new IngestCommand(
                        Map.of(
                                "AURA_HOME",
                                home.toString(),
                                "AURA_EMBEDDING",
                                "gemini",
                                "AURA_EMBEDDING_API_KEY",
                                "test-key",
                                "AURA_EMBEDDING_GEMINI_BASE_URL",
                                gemini.baseUrl() + "/v1beta"),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .execute(docs.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("added=0 updated=0 unchanged=0 removed=0 failed=1")
                .contains("failed " + walking + ": embedding model gemini:gemini-embedding-001/3072 failed");
        try (LuceneKnowledgeStore store = new LuceneKnowledgeStore(home.resolve("index"))) {
            assertThat(store.open(LuceneKnowledgeIndex.COLLECTION).orElseThrow().chunkCount())
                    .isZero();
        }
    }
}
