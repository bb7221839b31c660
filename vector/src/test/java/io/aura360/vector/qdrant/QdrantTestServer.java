package io.aura360.vector.qdrant;

import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * A Qdrant stand-in on loopback: the Collections and Points gRPC services the adapter uses, with real semantics
 * (stored points, cosine and IDF-weighted sparse scoring, payload filters, atomic alias changes), so the official
 * client and its wire format run unchanged against it.
 */
public final class QdrantTestServer implements AutoCloseable {

    private final Server server;

    private final QdrantState state = new QdrantState();

    public QdrantTestServer() {
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                    .addService(new QdrantCollectionsService(state))
                    .addService(new QdrantPointsService(state))
                    .build()
                    .start();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot start the Qdrant test server", ex);
        }
    }

    /** The URL to give {@code AURA_QDRANT_URL}. */
    public String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** Whether {@code field} of {@code collection} has a payload index (and so filters on it are indexed). */
    public boolean hasPayloadIndex(String collection, String field) {
        return state.resolve(collection).indexes().containsKey(field);
    }

    @Override
    public void close() {
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
