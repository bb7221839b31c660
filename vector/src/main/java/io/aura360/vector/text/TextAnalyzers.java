package io.aura360.vector.text;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The language-aware analysis of a chunk's text, shared by the Lucene index (BM25 fields) and Qdrant's sparse
 * vectors, so both stores tokenise and stem a locale the same way.
 */
public final class TextAnalyzers {

    private static final String TEXT_PREFIX = "text_";

    private static final String OTHER_LANGUAGE = "other";

    private TextAnalyzers() {}

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
