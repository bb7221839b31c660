package io.aura360.vector.embedding;

import java.util.List;

/**
 * An embedding provider that hands every call to another one: the base of the providers that configure a
 * LangChain4j model and of the decorators (cache, timing) that change one or two calls only.
 */
public abstract class ForwardingEmbeddingProvider implements EmbeddingProvider {

    private final EmbeddingProvider delegate;

    protected ForwardingEmbeddingProvider(EmbeddingProvider delegate) {
        this.delegate = delegate;
    }

    protected final EmbeddingProvider delegate() {
        return delegate;
    }

    @Override
    public String modelId() {
        return delegate.modelId();
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public float[] embedQuery(String query) {
        return delegate.embedQuery(query);
    }

    @Override
    public List<float[]> embedDocuments(List<String> passages) {
        return delegate.embedDocuments(passages);
    }
}
