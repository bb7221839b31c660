package io.aura360.vector.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import io.aura360.vector.ingest.KnowledgeDocument;

/**
 * The {@code holistic_memory} collection on local disk: one Lucene document per chunk, with an HNSW vector
 * (cosine), BM25 text in the document's language, and the payload fields used as filters. The collection's
 * embedding model and dimension are recorded in the commit data and checked on open. Commits are atomic, so a
 * crash leaves the last committed state; readers see a refreshed snapshot without blocking the writer.
 */
public final class LuceneKnowledgeIndex implements AutoCloseable {

	public static final String COLLECTION = "holistic_memory";

	private static final String META_MODEL = "embedding_model";

	private static final String META_DIMENSION = "dimension";

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final String modelId;

	private final int dimension;

	private LuceneKnowledgeIndex(Directory directory, IndexWriter writer, String modelId, int dimension)
			throws IOException {
		this.directory = directory;
		this.writer = writer;
		this.searchers = new SearcherManager(writer, null);
		this.modelId = modelId;
		this.dimension = dimension;
	}

	/**
	 * Opens (or creates) the collection in {@code path} for vectors of {@code modelId}. Refuses an index built
	 * with another dimension, naming both, instead of mixing incomparable vectors.
	 */
	public static LuceneKnowledgeIndex open(Path path, String modelId, int dimension) {
		Directory directory = null;
		try {
			directory = FSDirectory.open(path);
			if (DirectoryReader.indexExists(directory)) {
				checkCompatible(SegmentInfos.readLatestCommit(directory).getUserData(), path, modelId, dimension);
			}
			IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ChunkFields.analyzer()));
			writer.setLiveCommitData(Map.of(META_MODEL, modelId, META_DIMENSION, Integer.toString(dimension))
				.entrySet());
			return new LuceneKnowledgeIndex(directory, writer, modelId, dimension);
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(directory, ex);
			if (ex instanceof IOException io) {
				throw new UncheckedIOException("cannot open the vector index at " + path, io);
			}
			throw (RuntimeException) ex;
		}
	}

	private static void closeQuietly(Directory directory, Exception failure) {
		if (directory != null) {
			try {
				directory.close();
			}
			catch (IOException suppressed) {
				failure.addSuppressed(suppressed);
			}
		}
	}

	/**
	 * Refuses a collection built with another dimension or another model: vectors of different models are not
	 * comparable even when their lengths agree.
	 */
	private static void checkCompatible(Map<String, String> meta, Path path, String modelId, int dimension) {
		String storedModel = meta.get(META_MODEL);
		if (storedModel != null && !storedModel.equals(modelId) && Integer.toString(dimension).equals(meta.get(META_DIMENSION))) {
			throw new EmbeddingModelMismatchException("collection " + COLLECTION + " at " + path
					+ " holds vectors of model " + storedModel + ", but the configured model is " + modelId
					+ "; re-embed the collection or configure the model it was built with");
		}
		String storedDimension = meta.get(META_DIMENSION);
		if (storedDimension != null && Integer.parseInt(storedDimension) != dimension) {
			throw new DimensionMismatchException("collection " + COLLECTION + " at " + path + " holds "
					+ storedDimension + "-dimensional vectors of model " + meta.get(META_MODEL)
					+ ", but the configured model " + modelId + " produces " + dimension
					+ " dimensions; re-embed the collection or configure the model it was built with");
		}
	}

	public String modelId() {
		return modelId;
	}

	public int dimension() {
		return dimension;
	}

	/** Atomically replaces every chunk of {@code document} (no stale chunk survives). */
	public void replaceDocument(KnowledgeDocument document, String origin, List<String> chunks, List<float[]> vectors) {
		if (chunks.size() != vectors.size()) {
			throw new IllegalArgumentException("one vector per chunk is required");
		}
		List<Document> docs = new ArrayList<>();
		for (int i = 0; i < chunks.size(); i++) {
			docs.add(toLucene(document, origin, i, chunks.get(i), requireDimension(vectors.get(i))));
		}
		try {
			writer.updateDocuments(new Term(ChunkFields.DOC_ID, document.id()), docs);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void deleteDocument(String docId) {
		try {
			writer.deleteDocuments(new Term(ChunkFields.DOC_ID, docId));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes every change since the last commit durable and visible to searches. */
	public void commit() {
		try {
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The content version of a document, if it is in the collection. */
	public Optional<String> storedVersion(String docId) {
		return withSearcher(searcher -> {
			TopDocs top = searcher.search(new TermQuery(new Term(ChunkFields.DOC_ID, docId)), 1);
			if (top.scoreDocs.length == 0) {
				return Optional.empty();
			}
			return Optional.ofNullable(searcher.storedFields().document(top.scoreDocs[0].doc).get(ChunkFields.DOC_VERSION));
		});
	}

	/** Ids of the documents that came from {@code origin} (for example the starter knowledge base). */
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
						&& origin.equals(searcher.storedFields().document(top.scoreDocs[0].doc).get(ChunkFields.ORIGIN))) {
					ids.add(id);
				}
			}
			return ids;
		});
	}

	public int chunkCount() {
		return withSearcher(searcher -> searcher.getIndexReader().numDocs());
	}

	/** Runs {@code query} and returns at most {@code limit} chunks, best first, with their raw scores. */
	public List<IndexedChunk> search(Query query, int limit) {
		return withSearcher(searcher -> {
			TopDocs top = searcher.search(query, limit);
			StoredFields stored = searcher.storedFields();
			List<IndexedChunk> hits = new ArrayList<>(top.scoreDocs.length);
			for (ScoreDoc hit : top.scoreDocs) {
				Document doc = stored.document(hit.doc);
				hits.add(new IndexedChunk(doc.get(ChunkFields.SOURCE_ID), doc.get(ChunkFields.DOC_ID),
						doc.get(ChunkFields.URL), doc.get(ChunkFields.TITLE), doc.get(ChunkFields.CHUNK), hit.score));
			}
			return hits;
		});
	}

	/** Returns {@code vector} if it has the collection's dimension; never pads or truncates it. */
	public float[] requireDimension(float[] vector) {
		if (vector.length != dimension) {
			throw new DimensionMismatchException("vector has " + vector.length + " dimensions but collection "
					+ COLLECTION + " holds " + dimension + "-dimensional vectors of " + modelId);
		}
		return vector;
	}

	private Document toLucene(KnowledgeDocument source, String origin, int index, String chunk, float[] vector) {
		Document doc = new Document();
		doc.add(new StringField(ChunkFields.SOURCE_ID, source.id() + "#" + index, Field.Store.YES));
		doc.add(new StringField(ChunkFields.DOC_ID, source.id(), Field.Store.YES));
		doc.add(new StoredField(ChunkFields.DOC_VERSION, source.version()));
		doc.add(new StoredField(ChunkFields.TITLE, source.title()));
		if (source.url() != null) {
			doc.add(new StoredField(ChunkFields.URL, source.url()));
		}
		doc.add(new StoredField(ChunkFields.CHUNK, chunk));
		doc.add(new TextField(ChunkFields.textField(source.locale()), source.title() + "\n" + chunk, Field.Store.NO));
		doc.add(new StringField(ChunkFields.CATEGORY, source.category(), Field.Store.YES));
		doc.add(new StringField(ChunkFields.LOCALE, source.locale(), Field.Store.YES));
		doc.add(new StringField(ChunkFields.SOURCE_TYPE, source.sourceType(), Field.Store.YES));
		doc.add(new FloatPoint(ChunkFields.CONFIDENCE, (float) source.confidence()));
		doc.add(new StoredField(ChunkFields.CONFIDENCE, source.confidence()));
		doc.add(new StringField(ChunkFields.MODEL_VERSION, modelId, Field.Store.YES));
		doc.add(new StringField(ChunkFields.ORIGIN, origin, Field.Store.YES));
		doc.add(new KnnFloatVectorField(ChunkFields.VECTOR, vector, VectorSimilarityFunction.COSINE));
		return doc;
	}

	private <T> T withSearcher(SearcherFunction<T> function) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return function.apply(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			searchers.close();
			writer.close();
			directory.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface SearcherFunction<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

	/** Metadata of the collection, as {@code GET /vector/v1/collections} reports it. */
	public Map<String, Object> describe() {
		Map<String, Object> description = new HashMap<>();
		description.put("name", COLLECTION);
		description.put("distance", "cosine");
		description.put("embedding_model", modelId);
		description.put("dimension", dimension);
		description.put("chunks", chunkCount());
		return description;
	}

}
