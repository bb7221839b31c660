package io.aura360.vector.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.aura360.contracts.vector.SearchFilters;
import io.aura360.vector.store.CollectionSpec;
import io.aura360.vector.store.CollectionSpecs;
import io.aura360.vector.store.HnswSettings;
import io.aura360.vector.store.IndexedChunk;
import io.aura360.vector.store.KnowledgeCollection;
import io.aura360.vector.store.StoredChunk;
import io.aura360.vector.text.TextAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * A collection on local disk: one Lucene document per chunk, with an HNSW vector (cosine), BM25 text in the
 * document's language, and the payload fields used as filters. The collection's embedding model and dimension
 * are recorded in the commit data and checked on open. Commits are atomic, so a crash leaves the last committed
 * state; readers see a refreshed snapshot without blocking the writer.
 */
public final class LuceneKnowledgeIndex implements KnowledgeCollection, AutoCloseable {

    public static final String COLLECTION = "holistic_memory";

    private static final String META_MODEL = "embedding_model";

    private static final String META_DIMENSION = "dimension";

    private final Directory directory;

    private final IndexWriter writer;

    private final SearcherManager searchers;

    private final CollectionSpec spec;

    private final LuceneQueries queries = new LuceneQueries();

    /**
     * Hits' stored fields, decoded once: every hit otherwise decompresses its stored-field block (8 % of the advice
     * path's profile under load). Keyed by the segment's core (immutable) and the document's number in it, so a
     * re-ingest, which writes new segments, is never answered from here: entries of merged-away or deleted segments
     * are no longer looked up and age out by size.
     */
    private final Cache<StoredKey, IndexedChunk> storedHits =
            Caffeine.newBuilder().maximumSize(20_000).build();

    private LuceneKnowledgeIndex(Directory directory, IndexWriter writer, CollectionSpec spec) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.spec = spec;
    }

    /** Opens (or creates) the {@value #COLLECTION} collection in {@code path} for vectors of {@code modelId}. */
    public static LuceneKnowledgeIndex open(Path path, String modelId, int dimension) {
        return open(path, new CollectionSpec(COLLECTION, modelId, dimension));
    }

    /**
     * Opens (or creates) a collection in {@code path}. Refuses an index built with another dimension or model,
     * naming both, instead of mixing incomparable vectors.
     */
    public static LuceneKnowledgeIndex open(Path path, CollectionSpec spec) {
        Directory directory = null;
        try {
            directory = FSDirectory.open(path);
            boolean exists = DirectoryReader.indexExists(directory);
            if (exists) {
                Map<String, String> meta =
                        SegmentInfos.readLatestCommit(directory).getUserData();
                CollectionSpecs.requireCompatible(specOf(meta, spec.name()), spec, " at " + path);
            }
            IndexWriterConfig config =
                    new IndexWriterConfig(TextAnalyzers.analyzer()).setCodec(WideHnswVectorsFormat.codec());
            IndexWriter writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(
                    Map.of(META_MODEL, spec.modelId(), META_DIMENSION, Integer.toString(spec.dimension()))
                            .entrySet());
            if (!exists) {
                writer.commit(); // records model and dimension even while the collection is empty
            }
            return new LuceneKnowledgeIndex(directory, writer, spec);
        } catch (IOException | RuntimeException ex) {
            closeQuietly(directory, ex);
            if (ex instanceof IOException io) {
                throw new UncheckedIOException("cannot open the vector index at " + path, io);
            }
            throw (RuntimeException) ex;
        }
    }

    /** The spec recorded in an existing collection's last commit, without opening it for writing. */
    public static Optional<CollectionSpec> readSpec(Path path, String name) {
        try (Directory directory = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(directory)) {
                return Optional.empty();
            }
            return Optional.of(specOf(SegmentInfos.readLatestCommit(directory).getUserData(), name));
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read the vector index at " + path, ex);
        }
    }

    private static void closeQuietly(Directory directory, Exception failure) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException suppressed) {
                failure.addSuppressed(suppressed);
            }
        }
    }

    private static CollectionSpec specOf(Map<String, String> meta, String name) {
        return new CollectionSpec(name, meta.get(META_MODEL), Integer.parseInt(meta.get(META_DIMENSION)));
    }

    @Override
    public CollectionSpec spec() {
        return spec;
    }

    @Override
    public void replaceDocument(String docId, List<StoredChunk> chunks, List<float[]> vectors) {
        if (chunks.size() != vectors.size()) {
            throw new IllegalArgumentException("one vector per chunk is required");
        }
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            docs.add(LuceneChunkDocuments.toLucene(chunks.get(i), spec.modelId(), requireDimension(vectors.get(i))));
        }
        try {
            writer.updateDocuments(new Term(ChunkFields.DOC_ID, docId), docs);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void deleteWhere(SearchFilters filters) {
        if (LuceneQueries.isEmpty(filters)) {
            throw new IllegalArgumentException("deleting by filter needs at least one filter field");
        }
        try {
            writer.deleteDocuments(LuceneQueries.filter(filters));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void forEachChunk(Consumer<StoredChunk> visitor) {
        withSearcher(searcher -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        visitor.accept(LuceneChunkDocuments.fromLucene(stored.document(doc)));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public List<IndexedChunk> dense(float[] vector, SearchFilters filters, int limit) {
        requireDimension(vector);
        Query knn = new KnnFloatVectorQuery(
                ChunkFields.VECTOR,
                vector,
                Math.max(limit, HnswSettings.efSearch(limit)),
                LuceneQueries.filter(filters));
        return search(knn, limit);
    }

    /**
     * The true nearest chunks, by comparing the query with every chunk that passes the filter: a filtered
     * k-NN query whose {@code k} is at least the number of matching chunks makes Lucene skip the HNSW graph
     * (exact search). For measuring what the approximate search loses, not for serving.
     */
    public List<IndexedChunk> exactDense(float[] vector, SearchFilters filters, int limit) {
        requireDimension(vector);
        Query exact = new KnnFloatVectorQuery(
                ChunkFields.VECTOR, vector, Math.max(limit, Math.max(1, chunkCount())), LuceneQueries.filter(filters));
        return search(exact, limit);
    }

    @Override
    public List<IndexedChunk> keyword(String text, SearchFilters filters, int limit) {
        return search(queries.lexical(text, filters), limit);
    }

    @Override
    public void deleteDocument(String docId) {
        try {
            writer.deleteDocuments(new Term(ChunkFields.DOC_ID, docId));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Makes every change since the last commit durable and visible to searches. */
    @Override
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public List<StoredChunk> chunks(Collection<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        List<BytesRef> terms = sourceIds.stream().map(BytesRef::new).toList();
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermInSetQuery(ChunkFields.SOURCE_ID, terms), terms.size());
            List<StoredChunk> found = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                found.add(
                        LuceneChunkDocuments.fromLucene(searcher.storedFields().document(hit.doc)));
            }
            return found;
        });
    }

    /** The content version of a document, if it is in the collection. */
    @Override
    public Optional<String> storedVersion(String docId) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(ChunkFields.DOC_ID, docId)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.ofNullable(
                    searcher.storedFields().document(top.scoreDocs[0].doc).get(ChunkFields.DOC_VERSION));
        });
    }

    /** Ids of the documents that came from {@code origin} (for example the starter knowledge base). */
    @Override
    public TreeSet<String> documentIds(String origin) {
        return withSearcher(searcher -> {
            TreeSet<String> ids = new TreeSet<>();
            Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), ChunkFields.DOC_ID);
            if (terms == null) {
                return ids;
            }
            TermsEnum iterator = terms.iterator();
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                String id = term.utf8ToString();
                TopDocs top = searcher.search(new TermQuery(new Term(ChunkFields.DOC_ID, id)), 1);
                if (top.scoreDocs.length > 0
                        && origin.equals(searcher.storedFields()
                                .document(top.scoreDocs[0].doc)
                                .get(ChunkFields.ORIGIN))) {
                    ids.add(id);
                }
            }
            return ids;
        });
    }

    @Override
    public int chunkCount() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Runs {@code query} and returns at most {@code limit} chunks, best first, with their raw scores. */
    public List<IndexedChunk> search(Query query, int limit) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, limit);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<IndexedChunk> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                hits.add(storedHit(leaves, hit.doc).withScore(hit.score));
            }
            return hits;
        });
    }

    /** The hit's stored fields (score 0), from the cache or read from its segment. */
    private IndexedChunk storedHit(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
        int segmentDoc = doc - leaf.docBase;
        if (core == null) { // a reader without a stable core cannot be cached against
            return readHit(leaf, segmentDoc);
        }
        StoredKey key = new StoredKey(core.getKey(), segmentDoc);
        IndexedChunk cached = storedHits.getIfPresent(key);
        if (cached == null) {
            cached = readHit(leaf, segmentDoc);
            storedHits.put(key, cached);
        }
        return cached;
    }

    private static IndexedChunk readHit(LeafReaderContext leaf, int segmentDoc) throws IOException {
        return LuceneChunkDocuments.hit(leaf.reader().storedFields().document(segmentDoc), 0f);
    }

    private record StoredKey(IndexReader.CacheKey segment, int doc) {}

    private <T> T withSearcher(SearcherFunction<T> function) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @FunctionalInterface
    private interface SearcherFunction<T> {

        T apply(IndexSearcher searcher) throws IOException;
    }
}
