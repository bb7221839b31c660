package io.aura360.vector.index;

/**
 * Field names of a chunk in the Lucene collection; the text fields and their analyzers are in
 * {@link io.aura360.vector.text.TextAnalyzers}.
 */
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

    private ChunkFields() {}
}
