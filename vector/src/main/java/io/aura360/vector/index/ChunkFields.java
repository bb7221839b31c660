package io.aura360.vector.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** Field names of a chunk in the Lucene collection, and the language-aware analyzers of its text. */
public final class ChunkFields {

    public static final String SOURCE_ID = "source_id";

    public static final String DOC_ID = "doc_id";

    public static final String DOC_VERSION = "doc_version";

    public static final String TITLE = "title";

    public static final String URL = "url";

    public static final String CHUNK = "chunk";

    public static final String CATEGORY = "category";

    public static final String LOCALE = "locale";

    public static final String SOURCE_TYPE = "source_type";

    public static final String CONFIDENCE = "confidence";

    public static final String MODEL_VERSION = "embedding_model_version";

    public static final String VECTOR = "vector";

    /** Where a document came from: the starter knowledge base is pruned by it, uploads are not. */
    public static final String ORIGIN = "origin";

    private static final String TEXT_PREFIX = "text_";

    private static final String OTHER_LANGUAGE = "other";

    private ChunkFields() {}

    /** The BM25 field of a locale: English and Spanish are stemmed with their own analyzer. */
    public static String textField(String locale) {
        return switch (locale == null ? "" : locale) {
            case "en", "es" -> TEXT_PREFIX + locale;
            default -> TEXT_PREFIX + OTHER_LANGUAGE;
        };
    }

    public static List<String> allTextFields() {
        return List.of(textField("en"), textField("es"), textField(OTHER_LANGUAGE));
    }

    public static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(
                new StandardAnalyzer(),
                Map.of(textField("en"), new EnglishAnalyzer(), textField("es"), new SpanishAnalyzer()));
    }
}
