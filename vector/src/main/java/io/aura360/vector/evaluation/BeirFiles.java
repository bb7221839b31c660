package io.aura360.vector.evaluation;

import io.aura360.vector.ingest.KnowledgeDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads sets in BEIR layout: {@code corpus.jsonl} ({@code _id, title, text, url}), {@code queries.jsonl}
 * ({@code _id, text}, optional {@code metadata}) and {@code qrels.tsv} or {@code qrels/test.tsv}.
 */
public final class BeirFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BeirFiles() {}

    /**
     * An external set. Its documents are ingested like knowledge documents (category {@code external}); every
     * query is searched in {@code corpusLocale}, so a Spanish question over an English corpus is cross-lingual.
     */
    public static LabelledSet read(Path dir, String name, String corpusLocale, String queryLanguage) {
        // Some sets repeat an id (MedQuAD does, for sibling CancerGov pages); the last one wins, as in BEIR's loader.
        Map<String, KnowledgeDocument> corpus = new LinkedHashMap<>();
        for (JsonNode doc : lines(dir.resolve("corpus.jsonl"))) {
            corpus.put(
                    text(doc, "_id"),
                    new KnowledgeDocument(
                            text(doc, "_id"),
                            text(doc, "title").replace('_', ' '),
                            "external",
                            corpusLocale,
                            "benchmark",
                            1.0,
                            text(doc, "url"),
                            text(doc, "text")));
        }
        List<EvalQuery> queries = lines(dir.resolve("queries.jsonl")).stream()
                .map(q -> new EvalQuery(text(q, "_id"), text(q, "text"), queryLanguage, corpusLocale))
                .toList();
        return new LabelledSet(name, List.copyOf(corpus.values()), queries, RelevanceJudgements.read(qrels(dir)));
    }

    /** Queries whose {@code metadata} names their {@code language} and the {@code locale} they are searched in. */
    public static List<EvalQuery> readQueries(Path jsonl) {
        return lines(jsonl).stream()
                .map(q -> new EvalQuery(
                        text(q, "_id"),
                        text(q, "text"),
                        text(q.path("metadata"), "language"),
                        text(q.path("metadata"), "locale")))
                .toList();
    }

    public static Path qrels(Path dir) {
        Path flat = dir.resolve("qrels.tsv");
        return Files.exists(flat) ? flat : dir.resolve("qrels").resolve("test.tsv");
    }

    private static List<JsonNode> lines(Path jsonl) {
        try (var lines = Files.lines(jsonl)) {
            return lines.filter(line -> !line.isBlank()).map(JSON::readTree).toList();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + jsonl, ex);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return (value.isMissingNode() || value.isNull()) ? null : value.asString();
    }
}
