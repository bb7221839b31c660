package io.aura360.vector.api;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.aura360.vector.embedding.GeminiEmbeddingProvider;
import io.aura360.vector.embedding.GeminiOutage;
import io.aura360.vector.index.LuceneKnowledgeStore;
import io.aura360.vector.search.HybridEvidenceSearch;
import io.aura360.vector.store.CollectionSpec;
import io.aura360.vector.store.KnowledgeCollection;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * {@code POST /vector/v1/search} while the embedding model (Gemini, on WireMock) answers 503: a retryable 503
 * problem with a stable type, never a 500 or the upstream's error text.
 */
class EmbeddingUnavailableProblemTest {

    @RegisterExtension
    static WireMockExtension gemini = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    static Path directory;

    private static LuceneKnowledgeStore store;

    private static MockMvc mvc;

    @BeforeAll
    static void serveACollectionWhoseModelIsDown() {
        GeminiEmbeddingProvider down = GeminiOutage.provider(gemini);
        store = new LuceneKnowledgeStore(directory);
        KnowledgeCollection collection =
                store.create(new CollectionSpec("holistic_memory", down.modelId(), down.dimension()));
        mvc = MockMvcBuilders.standaloneSetup(
                        new VectorSearchController(new HybridEvidenceSearch(collection, down), collection))
                .build();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void answersARetryableEmbeddingUnavailableProblem() throws Exception {
        mvc.perform(post("/vector/v1/search")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"query\": \"how much sleep do I need\", \"top_k\": 3, \"mode\": \"hybrid\"}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://aura360.io/problems/embedding-unavailable"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.error_type").value("EMBEDDING_UNAVAILABLE"))
                .andExpect(jsonPath("$.retryable").value(true))
                .andExpect(jsonPath("$.detail").value(not(containsString("overloaded"))));
    }

    @Test
    void keywordSearchStillAnswers() throws Exception {
        mvc.perform(post("/vector/v1/search")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"query\": \"sleep\", \"top_k\": 3, \"mode\": \"bm25\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results").isArray());
    }
}
