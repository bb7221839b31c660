package io.aura360.vector.index;

import io.aura360.vector.store.IndexedChunk;
import io.aura360.vector.store.StoredChunk;
import io.aura360.vector.text.TextAnalyzers;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;

/** A chunk as a Lucene document and back: HNSW vector, BM25 text in its language, filter and stored fields. */
final class LuceneChunkDocuments {

    private LuceneChunkDocuments() {}

    static Document toLucene(StoredChunk chunk, String modelId, float[] vector) {
        Document doc = new Document();
        doc.add(new StringField(ChunkFields.SOURCE_ID, chunk.sourceId(), Field.Store.YES));
        doc.add(new StringField(ChunkFields.DOC_ID, chunk.docId(), Field.Store.YES));
        doc.add(new StoredField(ChunkFields.DOC_VERSION, chunk.docVersion()));
        doc.add(new StoredField(ChunkFields.TITLE, chunk.title()));
        if (chunk.url() != null) {
            doc.add(new StoredField(ChunkFields.URL, chunk.url()));
        }
        doc.add(new StoredField(ChunkFields.CHUNK, chunk.chunk()));
        doc.add(new TextField(TextAnalyzers.textField(chunk.locale()), chunk.passage(), Field.Store.NO));
        doc.add(new StringField(ChunkFields.CATEGORY, chunk.category(), Field.Store.YES));
        doc.add(new StringField(ChunkFields.LOCALE, chunk.locale(), Field.Store.YES));
        doc.add(new StringField(ChunkFields.SOURCE_TYPE, chunk.sourceType(), Field.Store.YES));
        doc.add(new FloatPoint(ChunkFields.CONFIDENCE, (float) chunk.confidence()));
        doc.add(new StoredField(ChunkFields.CONFIDENCE, chunk.confidence()));
        doc.add(new StringField(ChunkFields.MODEL_VERSION, modelId, Field.Store.YES));
        doc.add(new StringField(ChunkFields.ORIGIN, chunk.origin(), Field.Store.YES));
        doc.add(new KnnFloatVectorField(ChunkFields.VECTOR, vector, VectorSimilarityFunction.COSINE));
        return doc;
    }

    static StoredChunk fromLucene(Document doc) {
        return new StoredChunk(
                doc.get(ChunkFields.SOURCE_ID),
                doc.get(ChunkFields.DOC_ID),
                doc.get(ChunkFields.DOC_VERSION),
                doc.get(ChunkFields.TITLE),
                doc.get(ChunkFields.URL),
                doc.get(ChunkFields.CHUNK),
                doc.get(ChunkFields.CATEGORY),
                doc.get(ChunkFields.LOCALE),
                doc.get(ChunkFields.SOURCE_TYPE),
                doc.getField(ChunkFields.CONFIDENCE).numericValue().doubleValue(),
                doc.get(ChunkFields.ORIGIN));
    }

    static IndexedChunk hit(Document doc, float score) {
        return new IndexedChunk(
                doc.get(ChunkFields.SOURCE_ID),
                doc.get(ChunkFields.DOC_ID),
                doc.get(ChunkFields.URL),
                doc.get(ChunkFields.TITLE),
                doc.get(ChunkFields.CHUNK),
                score);
    }
}
