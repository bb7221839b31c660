package io.aura360.bench.corpus;

import io.aura360.vector.ingest.Chunker;
import io.aura360.vector.ingest.KnowledgeDocument;
import io.aura360.vector.ingest.MarkdownDocumentParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The repository's knowledge base as benchmark input: its documents, and their chunks as the ingestor embeds them. */
public final class BenchCorpus {

    public static final int CHUNK_CHARS = 600;

    private BenchCorpus() {}

    public static List<KnowledgeDocument> documents(Path knowledgeDir) {
        try (Stream<Path> files = Files.walk(knowledgeDir)) {
            MarkdownDocumentParser parser = new MarkdownDocumentParser();
            List<KnowledgeDocument> documents = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                if (!file.getFileName().toString().equalsIgnoreCase("README.md")) {
                    documents.add(parser.parse(Files.readString(file), file.toString()));
                }
            }
            if (documents.isEmpty()) {
                throw new IllegalStateException("no knowledge documents under " + knowledgeDir.toAbsolutePath());
            }
            return documents;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Title + chunk passages, exactly as KnowledgeIngestor sends them to the embedding model. */
    public static List<String> passages(List<KnowledgeDocument> documents) {
        Chunker chunker = new Chunker(CHUNK_CHARS);
        List<String> passages = new ArrayList<>();
        for (KnowledgeDocument document : documents) {
            for (String chunk : chunker.chunk(document.body(), Locale.forLanguageTag(document.locale()))) {
                passages.add(document.title() + "\n" + chunk);
            }
        }
        return passages;
    }
}
