package io.aura360.vector.store;

/** The one check every backend makes before reusing a collection: same dimension, then same model. */
public final class CollectionSpecs {

    private CollectionSpecs() {}

    /** Refuses {@code stored} for {@code wanted}, naming both models and dimensions and {@code where} it lives. */
    public static void requireCompatible(CollectionSpec stored, CollectionSpec wanted, String where) {
        if (stored.dimension() != wanted.dimension()) {
            throw new DimensionMismatchException("collection " + stored.name() + where + " holds " + stored.dimension()
                    + "-dimensional vectors of model " + stored.modelId() + ", but the configured model "
                    + wanted.modelId() + " produces " + wanted.dimension() + " dimensions; " + REMEDY);
        }
        if (!stored.modelId().equals(wanted.modelId())) {
            throw new EmbeddingModelMismatchException("collection " + stored.name() + where
                    + " holds vectors of model " + stored.modelId() + ", but the configured model is "
                    + wanted.modelId() + "; " + REMEDY);
        }
    }

    private static final String REMEDY =
            "re-embed the collection (./aura360 reembed) or configure the model it was built with";
}
