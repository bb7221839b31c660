package io.aura360.vector.ingest;

/** Reads a Markdown document whose YAML front matter (between {@code ---} lines) carries its metadata. */
public final class MarkdownDocumentParser {

    public KnowledgeDocument parse(String markdown, String origin) {
        FrontMatter split = FrontMatter.split(markdown, origin);
        return DocumentMetadata.from(split.metadata()).toDocument(split.body(), origin);
    }

    /** Reads the document, or its withdrawal when the front matter has {@code deleted_at}. */
    public SourceDocument read(String markdown, String origin) {
        FrontMatter split = FrontMatter.split(markdown, origin);
        return DocumentMetadata.from(split.metadata()).toSource(split.body(), origin);
    }
}
