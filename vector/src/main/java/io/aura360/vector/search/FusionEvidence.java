package io.aura360.vector.search;

import io.aura360.vector.text.QueryLanguage;
import java.util.Optional;

/**
 * What a hybrid search knows about a query before fusing its two rankings: the language the query is written in
 * (detected, empty when unsure), the language of the documents searched (the locale filter, null when the search
 * spans every locale) and the number of words in the query.
 */
public record FusionEvidence(Optional<String> queryLanguage, String collectionLanguage, int queryWords) {

    /** The evidence for {@code query} searched in {@code collectionLanguage} (null: every locale). */
    public static FusionEvidence of(String query, String collectionLanguage) {
        String language = (collectionLanguage == null || collectionLanguage.isBlank()) ? null : collectionLanguage;
        return new FusionEvidence(
                QueryLanguage.of(query), language, query.strip().split("\\s+").length);
    }

    /** How the query's language relates to the documents' language and to the embedding model's. */
    public LanguageRelation relation(String embeddingLanguage) {
        if (collectionLanguage == null || queryLanguage.isEmpty()) {
            return LanguageRelation.UNKNOWN;
        }
        if (!queryLanguage.get().equals(collectionLanguage)) {
            return LanguageRelation.CROSS_LANGUAGE;
        }
        return collectionLanguage.equals(embeddingLanguage)
                ? LanguageRelation.MODEL_LANGUAGE
                : LanguageRelation.OTHER_LANGUAGE;
    }

    /** The four cases fusion weighs differently. */
    public enum LanguageRelation {
        /** Query and documents in the language the embedding model was trained on: dense is strong. */
        MODEL_LANGUAGE,
        /** Query and documents in one language the model is weak in: BM25 with that language's analyzer is strong. */
        OTHER_LANGUAGE,
        /** Query in another language than the documents: BM25 has no words in common, only dense can match. */
        CROSS_LANGUAGE,
        /** No locale filter or an undetectable query: neither ranking is known to be the better one. */
        UNKNOWN
    }
}
