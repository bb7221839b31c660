package io.aura360.vector.qdrant;

import io.aura360.vector.text.TextAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Qdrant's keyword strategy: BM25 as a sparse vector. Text is tokenised and stemmed by the same per-language
 * analyzers as the Lucene backend; each term of a language becomes one sparse dimension (FNV-1a hash of
 * {@code field:term}). A document's value per term is the BM25 term-frequency part,
 * {@code tf (k1 + 1) / (tf + k1 (1 - b + b len / avgLen))}; the collection's sparse vector uses Qdrant's
 * {@code IDF} modifier, so the server multiplies in the inverse document frequency and the dot product with a
 * query of ones is the BM25 score. avgLen is fixed (the chunker's target length in tokens) because Qdrant keeps no
 * corpus statistics but IDF; that shifts length normalisation slightly, never the set of matches.
 */
final class Bm25SparseEncoder {

    static final float K1 = 1.2f;

    static final float B = 0.75f;

    static final float AVERAGE_TOKENS = 100;

    private final Analyzer analyzer = TextAnalyzers.analyzer();

    /** The sparse vector of a chunk written in {@code locale}. */
    SparseTerms document(String text, String locale) {
        Map<Long, Integer> frequencies = new TreeMap<>();
        int length = terms(TextAnalyzers.textField(locale), text, frequencies);
        Map<Long, Float> weights = new TreeMap<>();
        frequencies.forEach((term, tf) ->
                weights.put(term, tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / AVERAGE_TOKENS))));
        return SparseTerms.of(weights);
    }

    /** The sparse vector of a query: the filtered locale's language, or every language without one. */
    SparseTerms query(String text, String locale) {
        List<String> fields = (locale == null || locale.isBlank())
                ? TextAnalyzers.allTextFields()
                : List.of(TextAnalyzers.textField(locale));
        Map<Long, Integer> frequencies = new TreeMap<>();
        for (String field : fields) {
            terms(field, text, frequencies);
        }
        Map<Long, Float> weights = new TreeMap<>();
        frequencies.keySet().forEach(term -> weights.put(term, 1f));
        return SparseTerms.of(weights);
    }

    private int terms(String field, String text, Map<Long, Integer> frequencies) {
        int length = 0;
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                frequencies.merge(hash(field + ":" + term), 1, Integer::sum);
                length++;
            }
            tokens.end();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return length;
    }

    /** 32-bit FNV-1a: stable across JVMs and releases, unlike String.hashCode's contract. */
    static long hash(String token) {
        int hash = 0x811c9dc5;
        for (byte b : token.getBytes(StandardCharsets.UTF_8)) {
            hash ^= (b & 0xff);
            hash *= 0x01000193;
        }
        return hash & 0xffffffffL;
    }

    /** Sparse indices (uint32 as long) and values, in index order. */
    record SparseTerms(List<Integer> indices, List<Float> values) {

        static SparseTerms of(Map<Long, Float> weights) {
            return new SparseTerms(
                    weights.keySet().stream().map(Long::intValue).toList(), List.copyOf(weights.values()));
        }

        boolean isEmpty() {
            return indices.isEmpty();
        }
    }
}
