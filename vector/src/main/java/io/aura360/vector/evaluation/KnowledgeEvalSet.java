package io.aura360.vector.evaluation;

import io.aura360.vector.ingest.KnowledgeDocument;
import io.aura360.vector.ingest.MarkdownDocumentParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Our own labelled set: the corpus is the knowledge base itself ({@code knowledge/**}{@code /*.md}) and the
 * queries and graded judgements live in {@code knowledge/eval/} in BEIR layout.
 */
public final class KnowledgeEvalSet {

    public static final String NAME = "knowledge";

    private KnowledgeEvalSet() {}

    public static LabelledSet load(Path knowledgeDir) {
        Path eval = knowledgeDir.resolve("eval");
        return new LabelledSet(
                NAME,
                documents(knowledgeDir),
                BeirFiles.readQueries(eval.resolve("queries.jsonl")),
                RelevanceJudgements.read(BeirFiles.qrels(eval)));
    }

    public static List<KnowledgeDocument> documents(Path knowledgeDir) {
        MarkdownDocumentParser parser = new MarkdownDocumentParser();
        try (Stream<Path> files = Files.walk(knowledgeDir)) {
            return files.filter(f -> f.toString().endsWith(".md"))
                    .filter(f -> !f.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted()
                    .map(f -> parser.parse(read(f), f.toString()))
                    .toList();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot list " + knowledgeDir, ex);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
    }
}
