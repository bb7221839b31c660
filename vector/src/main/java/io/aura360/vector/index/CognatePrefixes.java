package io.aura360.vector.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

/**
 * The keyword bridge for a query written in another language than the documents it searches (a Spanish question
 * over English passages). Its words, stemmed by the documents' analyzer, match almost nothing; but Spanish and
 * English share most learned stems (universidad/university, presidente/president, historia/history,
 * importante/important) and every name. So each content word of the query (its language's stop words dropped,
 * accents folded, Spanish {@code es}+consonant read as {@code s}: estadio/stadium, especial/special) adds a match
 * on the first {@value #PREFIX_LENGTH} letters of the documents' stemmed terms, scored by BM25.
 *
 * <p>
 * Chosen on the dev halves of XQuAD es→en and knowledge/eval's cross-lingual queries (docs/retrieval-quality.md):
 * 4 letters beat 3, 5 and 6; the bridge weighs {@value #BOOST} times the plain words, which it mostly replaces.
 */
final class CognatePrefixes {

    static final int PREFIX_LENGTH = 4;

    static final float BOOST = 4;

    /**
     * Terms one prefix may expand to: a cap on the cost in a large vocabulary. They share one blended document
     * frequency, so a prefix counts once however many of its terms a chunk holds.
     */
    static final int EXPANSIONS_PER_PREFIX = 20;

    private static final Analyzer SPANISH_WORDS = words(SpanishAnalyzer.getDefaultStopSet());

    private static final Analyzer ENGLISH_WORDS = words(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);

    private CognatePrefixes() {}

    /**
     * The prefix matches of {@code text}, written in {@code queryLanguage} ({@code en} or {@code es}), on the
     * stemmed text {@code field} of the documents; null when the text has no word long enough.
     */
    static Query query(String text, String queryLanguage, String field) {
        Set<String> prefixes = prefixes(text, queryLanguage);
        if (prefixes.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String prefix : prefixes) {
            query.add(
                    new PrefixQuery(
                            new Term(field, prefix),
                            new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(EXPANSIONS_PER_PREFIX)),
                    Occur.SHOULD);
        }
        return new BoostQuery(query.build(), BOOST);
    }

    /** The distinct prefixes of the query's content words, in order. */
    static Set<String> prefixes(String text, String queryLanguage) {
        boolean spanish = "es".equals(queryLanguage);
        Set<String> prefixes = new LinkedHashSet<>();
        try (TokenStream words = (spanish ? SPANISH_WORDS : ENGLISH_WORDS).tokenStream("", text)) {
            CharTermAttribute word = words.addAttribute(CharTermAttribute.class);
            words.reset();
            while (words.incrementToken()) {
                String folded = spanish ? withoutProstheticE(word.toString()) : word.toString();
                if (folded.length() >= PREFIX_LENGTH && folded.chars().allMatch(Character::isLetter)) {
                    prefixes.add(folded.substring(0, PREFIX_LENGTH));
                }
            }
            words.end();
        } catch (IOException ex) {
            throw new UncheckedIOException("analysing an in-memory string cannot fail", ex);
        }
        return prefixes;
    }

    /** Spanish puts an {@code e} before {@code s}+consonant where English has none (escuela, estado, España). */
    private static String withoutProstheticE(String word) {
        boolean prosthetic = word.length() > 3 && word.startsWith("es") && "aeiou".indexOf(word.charAt(2)) < 0;
        return prosthetic ? word.substring(1) : word;
    }

    private static Analyzer words(CharArraySet stopWords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new StopFilter(stream, stopWords);
                return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(stream));
            }
        };
    }
}
