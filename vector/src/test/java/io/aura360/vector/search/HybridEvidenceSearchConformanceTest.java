package io.aura360.vector.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.SearchFilters;
import io.aura360.contracts.vector.SearchMode;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.ingest.Chunker;
import io.aura360.vector.ingest.KnowledgeDocument;
import io.aura360.vector.ingest.KnowledgeIngestor;
import io.aura360.vector.store.CollectionSpec;
import io.aura360.vector.store.KnowledgeCollection;
import io.aura360.vector.store.KnowledgeStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evidence search with the real ONNX model over every backend: relevance per mode, filters inside the search,
 * language-aware keywords, fusion scores. Subclasses give the backend.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HybridEvidenceSearchConformanceTest {

    private static final List<KnowledgeDocument> CORPUS = List.of(
            document(
                    "body-en-sleep",
                    "Sleep well",
                    "body",
                    "en",
                    "public_health_agency",
                    0.95,
                    "Adults need seven to nine hours of sleep each night. Keep a regular bedtime, keep the bedroom "
                            + "dark and cool, and avoid screens and caffeine in the evening so that you fall asleep faster."),
            document(
                    "body-en-salt",
                    "Salt and blood pressure",
                    "body",
                    "en",
                    "public_health_agency",
                    0.92,
                    "Eating too much salt raises blood pressure and the risk of heart disease and stroke. Adults should "
                            + "eat less than 5 g of salt a day, about one teaspoon. Taste food before adding salt."),
            document(
                    "body-en-walking",
                    "Walking every day",
                    "body",
                    "en",
                    "peer_reviewed",
                    0.85,
                    "A brisk walk of thirty minutes on most days improves heart health and mood. Walking counts towards "
                            + "the 150 minutes of moderate activity adults need each week. Take the stairs."),
            document(
                    "mind-en-stress-breathing",
                    "Breathing to ease stress",
                    "mind",
                    "en",
                    "peer_reviewed",
                    0.8,
                    "When stress builds up, slow breathing calms the nervous system. Breathe in through the nose for "
                            + "four counts and breathe out slowly for six counts. Paced breathing lowers anxiety."),
            document(
                    "mind-en-loneliness",
                    "Loneliness and connection",
                    "mind",
                    "en",
                    "expert_opinion",
                    0.7,
                    "Loneliness and social isolation harm mental and physical health. Reach out to a friend or a "
                            + "relative every week, join a club or a volunteer group, and make time for conversations."),
            document(
                    "soul-en-gratitude",
                    "A gratitude journal",
                    "soul",
                    "en",
                    "expert_opinion",
                    0.65,
                    "Writing down three things you are grateful for each evening shifts attention towards what goes "
                            + "well. A gratitude journal kept for a few weeks is linked with greater life satisfaction."),
            document(
                    "body-es-sueno",
                    "Dormir bien",
                    "body",
                    "es",
                    "public_health_agency",
                    0.9,
                    "Las personas adultas necesitan entre siete y nueve horas de sueño cada noche. Mantén un horario "
                            + "regular para acostarte y evita las pantallas y la cafeína por la noche."),
            document(
                    "body-es-sal",
                    "La sal y la tensión arterial",
                    "body",
                    "es",
                    "public_health_agency",
                    0.88,
                    "Consumir demasiada sal eleva la tensión arterial y el riesgo de enfermedades del corazón. Los "
                            + "adultos deberían tomar menos de 5 g de sal al día, aproximadamente una cucharadita."),
            document(
                    "body-es-verdura",
                    "Una verdura en cada comida",
                    "body",
                    "es",
                    "peer_reviewed",
                    0.82,
                    "Incluye una verdura distinta en cada comida principal. Una ración de verdura cocinada al vapor "
                            + "conserva mejor sus vitaminas que hervida."),
            document(
                    "soul-es-gratitud",
                    "Dar las gracias",
                    "soul",
                    "es",
                    "community_blog",
                    0.55,
                    "Dar las gracias cada día por pequeñas cosas mejora el ánimo. Escribe por la noche tres motivos de "
                            + "gratitud en un cuaderno."));

    private static final Map<String, KnowledgeDocument> BY_ID =
            CORPUS.stream().collect(Collectors.toMap(KnowledgeDocument::id, Function.identity()));

    /** Matches at least one document of every category, locale and source type, lexically too. */
    private static final String BROAD_QUERY =
            "sleep salt walking stress breathing loneliness gratitude " + "sueño sal verdura gratitud";

    private static final List<SearchFilters> FILTERS = List.of(
            new SearchFilters("body", null, null, null),
            new SearchFilters("mind", null, null, null),
            new SearchFilters("soul", null, null, null),
            new SearchFilters(null, "en", null, null),
            new SearchFilters(null, "es", null, null),
            new SearchFilters(null, null, 0.9, null),
            new SearchFilters(null, null, null, "peer_reviewed"),
            new SearchFilters("body", "es", 0.85, "public_health_agency"));

    private static final BgeSmallEmbeddingProvider embeddings = new BgeSmallEmbeddingProvider();

    private KnowledgeStore store;

    private HybridEvidenceSearch search;

    protected abstract KnowledgeStore newStore();

    @BeforeAll
    void ingestCorpus() {
        store = newStore();
        KnowledgeCollection collection = store.create(spec("holistic_memory"));
        new KnowledgeIngestor(collection, embeddings, new Chunker(600)).synchronise(CORPUS, "test");
        search = new HybridEvidenceSearch(collection, embeddings);
    }

    @AfterAll
    void closeStore() {
        store.close();
    }

    private static CollectionSpec spec(String name) {
        return new CollectionSpec(name, embeddings.modelId(), embeddings.dimension());
    }

    @ParameterizedTest(name = "{0}: \"{1}\" finds {2}")
    @CsvSource({
        "DENSE, How can I fall asleep faster at night?, body-en-sleep",
        "DENSE, eating less sodium to lower hypertension, body-en-salt",
        "DENSE, I feel isolated and have nobody to talk to, mind-en-loneliness",
        "BM25, salt teaspoon, body-en-salt",
        "BM25, walks, body-en-walking",
        "BM25, breathe slowly, mind-en-stress-breathing",
        "BM25, sueños, body-es-sueno",
        "HYBRID, gratitude journal, soul-en-gratitude",
        "HYBRID, breathing exercise to calm stress, mind-en-stress-breathing",
        "HYBRID, brisk walk for heart health, body-en-walking"
    })
    void ranksTheRelevantDocumentFirst(SearchMode mode, String query, String expected) {
        List<EvidenceHit> hits = search(query, 5, mode, SearchFilters.NONE);

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).docId()).isEqualTo(expected);
    }

    @Test
    void returnsTheSourceIdUrlAndVerbatimChunkOfEachHit() {
        EvidenceHit hit =
                search("salt teaspoon", 1, SearchMode.BM25, SearchFilters.NONE).get(0);

        KnowledgeDocument salt = BY_ID.get("body-en-salt");
        assertThat(hit.sourceId()).isEqualTo("body-en-salt#0");
        assertThat(hit.url()).isEqualTo(salt.url());
        assertThat(hit.chunk()).isEqualTo(salt.body());
    }

    static Stream<Arguments> filtersForEveryMode() {
        return filtersFor(SearchMode.values());
    }

    static Stream<Arguments> filtersForDenseAndHybrid() {
        return filtersFor(SearchMode.DENSE, SearchMode.HYBRID);
    }

    private static Stream<Arguments> filtersFor(SearchMode... modes) {
        return Stream.of(modes).flatMap(mode -> FILTERS.stream().map(filter -> arguments(mode, filter)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("filtersForEveryMode")
    void returnsOnlyDocumentsMatchingTheFilters(SearchMode mode, SearchFilters filters) {
        List<EvidenceHit> hits = search(BROAD_QUERY, 20, mode, filters);

        assertThat(hits).isNotEmpty();
        assertThat(hits).allSatisfy(hit -> assertThat(BY_ID.get(hit.docId())).matches(matching(filters)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("filtersForDenseAndHybrid")
    void returnsEveryMatchingDocumentWhenTopKExceedsTheMatches(SearchMode mode, SearchFilters filters) {
        List<String> expected = CORPUS.stream()
                .filter(matching(filters))
                .map(KnowledgeDocument::id)
                .toList();

        List<EvidenceHit> hits = search("wellbeing advice", 20, mode, filters);

        assertThat(hits).extracting(EvidenceHit::docId).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(names = {"DENSE", "HYBRID"})
    void findsTheOnlyDocumentMatchingANarrowFilterEvenForAnUnrelatedQuery(SearchMode mode) {
        SearchFilters onlyTheBlog = new SearchFilters(null, null, null, "community_blog");

        List<EvidenceHit> hits = search("how many hours of sleep do adults need", 5, mode, onlyTheBlog);

        assertThat(hits).extracting(EvidenceHit::docId).containsExactly("soul-es-gratitud");
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void findsTheDocumentWithTheHighestConfidenceAlone(SearchMode mode) {
        List<EvidenceHit> hits = search("sleep", 5, mode, new SearchFilters(null, null, 0.95, null));

        assertThat(hits).extracting(EvidenceHit::docId).containsExactly("body-en-sleep");
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void returnsAtMostTopKHits(SearchMode mode) {
        assertThat(search(BROAD_QUERY, 3, mode, SearchFilters.NONE)).hasSize(3);
        assertThat(search(BROAD_QUERY, 1, mode, SearchFilters.NONE)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void ordersHitsByDescendingScore(SearchMode mode) {
        List<EvidenceHit> hits = search(BROAD_QUERY, 10, mode, SearchFilters.NONE);

        assertThat(hits).hasSizeGreaterThan(3);
        assertThat(hits).extracting(EvidenceHit::score).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void scoresHybridHitsBetweenZeroAndOneWithOneForTheFirstOfBothRankings() {
        List<EvidenceHit> hits = search("gratitude journal", 10, SearchMode.HYBRID, SearchFilters.NONE);

        assertThat(hits)
                .extracting(EvidenceHit::score)
                .allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0));
        assertThat(hits.get(0).score()).isCloseTo(1.0, within(1e-6));
        assertThat(hits.get(1).score()).isLessThan(1.0);
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void namesTheCollectionAndTheEmbeddingModel(SearchMode mode) {
        SearchResponse response = search.search(new SearchRequest("sleep", 3, mode, null));

        assertThat(response.collection()).isEqualTo("holistic_memory");
        assertThat(response.embeddingModel()).isEqualTo(BgeSmallEmbeddingProvider.MODEL_ID);
    }

    @Test
    void matchesASpanishPluralToTheSingularInTheDocument() {
        assertThat(CORPUS).noneMatch(d -> (d.title() + d.body()).contains("verduras"));

        assertThat(search("verduras", 5, SearchMode.BM25, SearchFilters.NONE))
                .extracting(EvidenceHit::docId)
                .containsExactly("body-es-verdura");
        assertThat(search("verduras", 5, SearchMode.BM25, new SearchFilters(null, "es", null, null)))
                .extracting(EvidenceHit::docId)
                .containsExactly("body-es-verdura");
    }

    @Test
    void searchesOnlyTheTextOfTheFilteredLocale() {
        assertThat(search("sal", 5, SearchMode.BM25, new SearchFilters(null, "es", null, null)))
                .extracting(EvidenceHit::docId)
                .containsExactly("body-es-sal");
        assertThat(search("sal", 5, SearchMode.BM25, new SearchFilters(null, "en", null, null)))
                .isEmpty();
    }

    @Test
    void findsNothingLexicallyForAQueryOfOnlyUnknownWords() {
        assertThat(search("xylophone zeppelin", 5, SearchMode.BM25, SearchFilters.NONE))
                .isEmpty();
    }

    /**
     * Thirty chunks about sleep outrank the single soul chunk for a sleep query, more than the candidates each
     * ranking fetches; only a filter applied inside the search still finds the soul chunk.
     */
    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void findsAFilteredDocumentOutrankedByMoreChunksThanTheCandidatesFetched(SearchMode mode) {
        List<KnowledgeDocument> documents = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            documents.add(document(
                    "body-en-sleep-tip-%02d".formatted(i),
                    "Sleep tip " + i,
                    "body",
                    "en",
                    "public_health_agency",
                    0.9,
                    "Sleep tip %d: protect your sleep, go to sleep at the same time and sleep in a dark room."
                            .formatted(i)));
        }
        documents.add(document(
                "soul-en-reflection",
                "Evening reflection",
                "soul",
                "en",
                "expert_opinion",
                0.6,
                "Looking back on what mattered today brings calm and meaning. Some people do it before sleep, others "
                        + "on a morning walk, in a notebook or in a quiet conversation with family and friends."));
        KnowledgeCollection crowded = store.create(spec("crowded_" + mode.wireName()));
        new KnowledgeIngestor(crowded, embeddings, new Chunker(600)).synchronise(documents, "test");
        HybridEvidenceSearch crowdedSearch = new HybridEvidenceSearch(crowded, embeddings);

        List<EvidenceHit> hits = crowdedSearch
                .search(new SearchRequest("how to sleep well", 1, mode, new SearchFilters("soul", null, null, null)))
                .results();

        assertThat(hits).extracting(EvidenceHit::docId).containsExactly("soul-en-reflection");
    }

    @Test
    void treatsABlankLocaleAsNoFilterInTheLexicalSearch() {
        SearchFilters blankLocale = new SearchFilters(null, "", null, null);

        assertThat(search("salt teaspoon", 1, SearchMode.BM25, blankLocale))
                .extracting(EvidenceHit::docId)
                .containsExactly("body-en-salt");
        assertThat(search("salt teaspoon", 1, SearchMode.HYBRID, blankLocale)
                        .get(0)
                        .score())
                .as("first in both rankings")
                .isCloseTo(1.0, within(1e-6));
    }

    private List<EvidenceHit> search(String query, int topK, SearchMode mode, SearchFilters filters) {
        return search.search(new SearchRequest(query, topK, mode, filters)).results();
    }

    private static Predicate<KnowledgeDocument> matching(SearchFilters filters) {
        return d -> (filters.category() == null || filters.category().equals(d.category()))
                && (filters.locale() == null || filters.locale().equals(d.locale()))
                && (filters.sourceType() == null || filters.sourceType().equals(d.sourceType()))
                && (filters.minConfidence() == null || d.confidence() >= filters.minConfidence());
    }

    private static KnowledgeDocument document(
            String id,
            String title,
            String category,
            String locale,
            String sourceType,
            double confidence,
            String body) {
        return new KnowledgeDocument(
                id, title, category, locale, sourceType, confidence, "https://example.org/" + id, body);
    }
}
