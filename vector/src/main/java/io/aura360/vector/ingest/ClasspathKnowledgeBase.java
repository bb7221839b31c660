package io.aura360.vector.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The starter knowledge base: every {@code knowledge/**}{@code /*.md} on the classpath (bundled in the jar). A
 * document whose front matter has {@code deleted_at} is left out, so synchronising removes it from the index.
 */
public final class ClasspathKnowledgeBase {

    public static final String ORIGIN = "starter";

    private static final String PATTERN = "classpath*:knowledge/**/*.md";

    private final MarkdownDocumentParser parser = new MarkdownDocumentParser();

    public List<KnowledgeDocument> documents() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(PATTERN);
            List<KnowledgeDocument> documents = new ArrayList<>(resources.length);
            for (Resource resource : resources) {
                if (resource.getFilename() != null && !resource.getFilename().equalsIgnoreCase("README.md")) {
                    if (parser.read(resource.getContentAsString(StandardCharsets.UTF_8), resource.getDescription())
                            instanceof SourceDocument.Published published) {
                        documents.add(published.document());
                    }
                }
            }
            return documents;
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read the starter knowledge base", ex);
        }
    }
}
