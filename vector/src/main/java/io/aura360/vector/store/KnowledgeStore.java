package io.aura360.vector.store;

import java.util.List;
import java.util.Optional;

/**
 * A backend holding named collections and aliases (Lucene on local disk, or Qdrant). Collections record the
 * embedding model and dimension they were created for; {@link #create} refuses to reopen one with another
 * dimension or model, naming both. Aliases give searches a stable name while re-embedding builds the next
 * collection: {@link #pointAlias} moves an alias in one atomic step, so a reader sees the old or the new
 * collection, never neither.
 */
public interface KnowledgeStore extends AutoCloseable {

    /** {@code lucene} or {@code qdrant}. */
    String backend();

    /** Creates the collection, or opens it if it exists with the same model and dimension. */
    KnowledgeCollection create(CollectionSpec spec);

    /** Opens a collection by name or alias, with the spec it was created with. */
    Optional<KnowledgeCollection> open(String nameOrAlias);

    List<String> collectionNames();

    /** Deletes a collection and its data; refused while an alias points to it. */
    void drop(String name);

    /** Points {@code alias} at {@code collection}, replacing any previous target atomically. */
    void pointAlias(String alias, String collection);

    Optional<String> aliasTarget(String alias);

    @Override
    void close();
}
