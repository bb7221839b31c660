package io.aura360.vector.store;

/**
 * What a collection holds: vectors of one embedding model ({@code modelId}, which includes its version) and
 * their {@code dimension}. Recorded with the collection when it is created and checked on every open.
 */
public record CollectionSpec(String name, String modelId, int dimension) {

    public CollectionSpec {
        if (name == null || !name.matches("[A-Za-z0-9_\\-]{1,120}")) {
            throw new IllegalArgumentException("collection name must be 1-120 of A-Z a-z 0-9 _ -: " + name);
        }
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("collection " + name + " needs an embedding model id");
        }
        if (dimension < 1) {
            throw new IllegalArgumentException("collection " + name + " needs a positive dimension");
        }
    }
}
