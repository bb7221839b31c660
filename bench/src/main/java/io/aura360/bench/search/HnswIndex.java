package io.aura360.bench.search;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The corpus in a Lucene HNSW index on disk, built exactly as the product builds its collection (cosine,
 * {@code Lucene99HnswVectorsFormat} with the given M and beam width), as one segment so Lucene doc ids are
 * the corpus ordinals.
 */
final class HnswIndex implements AutoCloseable {

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private HnswIndex(FSDirectory directory) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        if (reader.leaves().size() != 1) {
            throw new IllegalStateException(
                    "expected one segment, got " + reader.leaves().size());
        }
    }

    static HnswIndex build(Path path, ClusteredVectors corpus, int maxConn, int beamWidth) throws IOException {
        FSDirectory directory = FSDirectory.open(path);
        KnnVectorsFormat format = new Lucene99HnswVectorsFormat(maxConn, beamWidth);
        Codec codec = new Lucene103Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return format;
            }
        };
        IndexWriterConfig config = new IndexWriterConfig().setCodec(codec).setRAMBufferSizeMB(2048);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < corpus.size(); i++) {
                Document doc = new Document();
                doc.add(new StringField("category", Integer.toString(corpus.category()[i]), Field.Store.NO));
                doc.add(new StringField("locale", Integer.toString(corpus.locale()[i]), Field.Store.NO));
                doc.add(new KnnFloatVectorField("vector", corpus.vectors()[i], VectorSimilarityFunction.COSINE));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            writer.commit();
        }
        return new HnswIndex(directory);
    }

    /**
     * The {@code k} nearest ids: the graph is walked for {@code efSearch} candidates (Lucene's k) and the best
     * {@code k} kept, which is how the product oversamples; a filter is applied inside the walk.
     */
    int[] topK(float[] query, int k, int efSearch, int category, int locale) throws IOException {
        Query filter = null;
        if (category >= 0) {
            filter = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("category", Integer.toString(category))), Occur.FILTER)
                    .add(new TermQuery(new Term("locale", Integer.toString(locale))), Occur.FILTER)
                    .build();
        }
        TopDocs top = searcher.search(new KnnFloatVectorQuery("vector", query, efSearch, filter), k);
        ScoreDoc[] hits = top.scoreDocs;
        int[] ids = new int[Math.min(k, hits.length)];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = hits[i].doc;
        }
        return ids;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
