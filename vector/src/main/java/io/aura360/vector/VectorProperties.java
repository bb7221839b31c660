package io.aura360.vector;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Vector service settings. {@code indexDir} holds the Lucene collections; {@code chunkChars} is the target
 * chunk length; {@code loadStarterKnowledge} embeds the bundled knowledge base at start (incrementally).
 */
@ConfigurationProperties("aura.vector")
public record VectorProperties(Path indexDir, Integer chunkChars, Boolean loadStarterKnowledge) {

    /** The chunk length when none is configured; the build stores the starter knowledge's vectors at this length. */
    public static final int DEFAULT_CHUNK_CHARS = 600;

    public VectorProperties {
        if (indexDir == null) {
            throw new IllegalArgumentException("aura.vector.index-dir must be set");
        }
        chunkChars = (chunkChars == null) ? DEFAULT_CHUNK_CHARS : chunkChars;
        loadStarterKnowledge = (loadStarterKnowledge == null) ? Boolean.TRUE : loadStarterKnowledge;
    }
}
