package io.aura360.app.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Quiets what libraries log as routine for the commands that run without Spring ({@code ingest}), as application.yml's
 * {@code logging.level} does for the others: DJL's missing-GPU and tokenizer-default lines, and Lucene's note (through
 * java.util.logging, which Spring would route to the same loggers) that it uses the Vector API, would otherwise sit
 * between a person's command and its progress bar.
 */
final class LibraryLogs {

    static final Map<String, Level> LEVELS = Map.of(
            "ai.djl.util.cuda", Level.OFF,
            "ai.djl.util.Platform", Level.WARN,
            "ai.djl.huggingface.tokenizers.HuggingFaceTokenizer", Level.ERROR);

    /** Held: java.util.logging keeps its loggers weakly, and a collected one forgets its level. */
    private static final java.util.logging.Logger LUCENE_VECTORIZATION =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    private LibraryLogs() {}

    static void quiet() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        }
        LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.WARNING);
    }
}
