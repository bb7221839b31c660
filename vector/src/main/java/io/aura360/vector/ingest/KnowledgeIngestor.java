package io.aura360.vector.ingest;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.store.KnowledgeCollection;

/**
 * Brings the collection in line with a set of documents: unchanged documents (same content hash) are skipped,
 * changed ones have all their chunks replaced atomically, and documents of the same origin that are gone are
 * removed. One commit at the end, so a crash midway leaves the previous state.
 */
public final class KnowledgeIngestor {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeIngestor.class);

	private final KnowledgeCollection index;

	private final EmbeddingProvider embeddings;

	private final Chunker chunker;

	public KnowledgeIngestor(KnowledgeCollection index, EmbeddingProvider embeddings, Chunker chunker) {
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

	private int embedAndReplace(KnowledgeDocument document, String origin) {
		List<String> chunks = chunker.chunk(document.body());
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
