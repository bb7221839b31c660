package io.aura360.vector.ingest;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.index.LuceneKnowledgeIndex;

/**
 * Brings the collection in line with a set of documents: unchanged documents (same content hash) are skipped,
 * changed ones have all their chunks replaced atomically, and documents of the same origin that are gone are
 * removed. One commit at the end, so a crash midway leaves the previous state.
 */
public final class KnowledgeIngestor {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeIngestor.class);

	private final LuceneKnowledgeIndex index;

	private final EmbeddingProvider embeddings;

	private final Chunker chunker;

	public KnowledgeIngestor(LuceneKnowledgeIndex index, EmbeddingProvider embeddings, Chunker chunker) {
		this.index = index;
		this.embeddings = embeddings;
		this.chunker = chunker;
	}

	public IngestReport synchronise(Collection<KnowledgeDocument> documents, String origin) {
		requireUniqueIds(documents);
		int added = 0;
		int updated = 0;
		int unchanged = 0;
		int chunks = 0;
		for (KnowledgeDocument document : documents) {
			Optional<String> stored = index.storedVersion(document.id());
			if (stored.isPresent() && stored.get().equals(document.version())) {
				unchanged++;
				continue;
			}
			chunks += embedAndReplace(document, origin);
			if (stored.isPresent()) {
				updated++;
			}
			else {
				added++;
			}
		}
		Set<String> present = documents.stream().map(KnowledgeDocument::id).collect(Collectors.toSet());
		int removed = 0;
		for (String gone : index.documentIds(origin)) {
			if (!present.contains(gone)) {
				index.deleteDocument(gone);
				removed++;
			}
		}
		index.commit();
		IngestReport report = new IngestReport(added, updated, unchanged, removed, chunks);
		log.info("knowledge base synchronised: {}", report);
		return report;
	}

	/**
	 * Applies one document and commits: published content is added, or replaces every chunk of an older version
	 * in one atomic update (unchanged content is skipped without embedding); a withdrawn document's chunks are
	 * deleted. Durable when this returns, so a job queue may acknowledge the document.
	 */
	public Outcome apply(SourceDocument source, String origin) {
		Outcome outcome = switch (source) {
			case SourceDocument.Published published -> publish(published.document(), origin);
			case SourceDocument.Unpublished unpublished -> unpublish(unpublished.id());
		};
		if (outcome != Outcome.UNCHANGED && outcome != Outcome.ABSENT) {
			index.commit();
		}
		return outcome;
	}

	private Outcome publish(KnowledgeDocument document, String origin) {
		Optional<String> stored = index.storedVersion(document.id());
		if (stored.isPresent() && stored.get().equals(document.version())) {
			return Outcome.UNCHANGED;
		}
		embedAndReplace(document, origin);
		return stored.isPresent() ? Outcome.UPDATED : Outcome.ADDED;
	}

	private Outcome unpublish(String docId) {
		if (index.storedVersion(docId).isEmpty()) {
			return Outcome.ABSENT;
		}
		index.deleteDocument(docId);
		return Outcome.REMOVED;
	}

	/** What {@link #apply} did to one document. */
	public enum Outcome {

		ADDED, UPDATED, UNCHANGED,
		/** A withdrawn document's chunks were deleted. */
		REMOVED,
		/** A withdrawn document that was not in the collection. */
		ABSENT

	}

	private int embedAndReplace(KnowledgeDocument document, String origin) {
		List<String> chunks = chunker.chunk(document.body(), Locale.forLanguageTag(document.locale()));
		// The title gives each chunk its context in the vector; the stored chunk stays verbatim.
		List<String> passages = chunks.stream().map(chunk -> document.title() + "\n" + chunk).toList();
		index.replaceDocument(document, origin, chunks, embeddings.embedDocuments(passages));
		return chunks.size();
	}

	private static void requireUniqueIds(Collection<KnowledgeDocument> documents) {
		Set<String> seen = new java.util.HashSet<>();
		for (KnowledgeDocument document : documents) {
			if (!seen.add(document.id())) {
				throw new IllegalArgumentException("duplicate knowledge document id: " + document.id());
			}
		}
	}

}
