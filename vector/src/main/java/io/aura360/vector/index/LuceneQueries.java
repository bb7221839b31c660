package io.aura360.vector.index;

import io.aura360.contracts.vector.SearchFilters;
import io.aura360.vector.text.QueryLanguage;
import io.aura360.vector.text.TextAnalyzers;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.FloatPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/** Turns search filters and query text into Lucene queries over {@link ChunkFields}. */
final class LuceneQueries {

    private final Analyzer analyzer = TextAnalyzers.analyzer();

    /**
     * BM25 over the text field of the filtered locale (every language's field without one), filtered; a query
     * written in another language than the filtered locale's also matches by {@link CognatePrefixes}.
     */
    Query lexical(String text, SearchFilters filters) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        String locale = filters.locale();
        List<String> fields = (locale == null || locale.isBlank())
                ? TextAnalyzers.allTextFields()
                : List.of(TextAnalyzers.textField(locale));
        for (String field : fields) {
            Query terms = builder.createBooleanQuery(field, text);
            if (terms != null) {
                query.add(terms, Occur.SHOULD);
            }
        }
        Query cognates = crossLanguage(text, locale);
        if (cognates != null) {
            query.add(cognates, Occur.SHOULD);
        }
        query.setMinimumNumberShouldMatch(1);
        query.add(filter(filters), Occur.FILTER);
        return query.build();
    }

    /** The cognate bridge when the query's detected language is not the documents' (null otherwise). */
    private static Query crossLanguage(String text, String locale) {
        if (locale == null || locale.isBlank()) {
            return null;
        }
        return QueryLanguage.of(text)
                .filter(language -> !language.equals(locale))
                .map(language -> CognatePrefixes.query(text, language, TextAnalyzers.textField(locale)))
                .orElse(null);
    }

    static Query filter(SearchFilters filters) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new MatchAllDocsQuery(), Occur.FILTER);
        term(query, ChunkFields.CATEGORY, filters.category());
        term(query, ChunkFields.LOCALE, filters.locale());
        term(query, ChunkFields.SOURCE_TYPE, filters.sourceType());
        if (filters.minConfidence() != null) {
            query.add(
                    FloatPoint.newRangeQuery(
                            ChunkFields.CONFIDENCE, filters.minConfidence().floatValue(), Float.POSITIVE_INFINITY),
                    Occur.FILTER);
        }
        return query.build();
    }

    static boolean isEmpty(SearchFilters filters) {
        return blank(filters.category())
                && blank(filters.locale())
                && blank(filters.sourceType())
                && filters.minConfidence() == null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void term(BooleanQuery.Builder query, String field, String value) {
        if (!blank(value)) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
