package io.aura360.vector.qdrant;

import io.aura360.vector.store.CollectionSpec;
import io.aura360.vector.store.CollectionSpecs;
import io.aura360.vector.store.HnswSettings;
import io.aura360.vector.store.KnowledgeCollection;
import io.aura360.vector.store.KnowledgeStore;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantGrpcClient;
import io.qdrant.client.ValueFactory;
import io.qdrant.client.grpc.Collections.AliasDescription;
import io.qdrant.client.grpc.Collections.AliasOperations;
import io.qdrant.client.grpc.Collections.CollectionInfo;
import io.qdrant.client.grpc.Collections.CreateAlias;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.DeleteAlias;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.HnswConfigDiff;
import io.qdrant.client.grpc.Collections.Modifier;
import io.qdrant.client.grpc.Collections.SparseVectorConfig;
import io.qdrant.client.grpc.Collections.SparseVectorParams;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Collections.VectorParamsMap;
import io.qdrant.client.grpc.Collections.VectorsConfig;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.CreateFieldIndexCollection;
import io.qdrant.client.grpc.Points.FieldType;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collections and aliases on a Qdrant server, through the official gRPC client. A collection records its
 * embedding model and dimension in Qdrant's collection metadata, and gets keyword indexes on the payload fields
 * searches filter on (and a float index on confidence), so filters run inside the HNSW search.
 */
public final class QdrantKnowledgeStore implements KnowledgeStore {

    private static final String META_MODEL = "embedding_model";

    private static final String META_DIMENSION = "dimension";

    private static final Map<String, FieldType> PAYLOAD_INDEXES = Map.of(
            QdrantPayload.CATEGORY,
            FieldType.FieldTypeKeyword,
            QdrantPayload.LOCALE,
            FieldType.FieldTypeKeyword,
            QdrantPayload.SOURCE_TYPE,
            FieldType.FieldTypeKeyword,
            QdrantPayload.DOC_ID,
            FieldType.FieldTypeKeyword,
            QdrantPayload.ORIGIN,
            FieldType.FieldTypeKeyword,
            QdrantPayload.MODEL_VERSION,
            FieldType.FieldTypeKeyword,
            QdrantPayload.CONFIDENCE,
            FieldType.FieldTypeFloat);

    private final QdrantClient client;

    public QdrantKnowledgeStore(QdrantClient client) {
        this.client = client;
    }

    /** Connects to {@code url} (gRPC, e.g. {@code http://localhost:6334}; https for TLS). */
    public static QdrantKnowledgeStore connect(String url, String apiKey, Duration timeout) {
        URI uri = URI.create(url);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("AURA_QDRANT_URL must look like http://host:6334, got " + url);
        }
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = (uri.getPort() > 0) ? uri.getPort() : 6334;
        QdrantGrpcClient.Builder grpc =
                QdrantGrpcClient.newBuilder(uri.getHost(), port, tls).withTimeout(timeout);
        if (apiKey != null && !apiKey.isBlank()) {
            grpc.withApiKey(apiKey);
        }
        return new QdrantKnowledgeStore(new QdrantClient(grpc.build()));
    }

    @Override
    public String backend() {
        return "qdrant";
    }

    @Override
    public KnowledgeCollection create(CollectionSpec spec) {
        Optional<CollectionSpec> existing = specOf(spec.name());
        if (existing.isPresent()) {
            CollectionSpecs.requireCompatible(existing.get(), spec, " on Qdrant");
            return new QdrantCollection(client, spec);
        }
        CreateCollection request = CreateCollection.newBuilder()
                .setCollectionName(spec.name())
                .setVectorsConfig(VectorsConfig.newBuilder()
                        .setParamsMap(VectorParamsMap.newBuilder()
                                .putMap(
                                        QdrantCollection.DENSE,
                                        VectorParams.newBuilder()
                                                .setSize(spec.dimension())
                                                .setDistance(Distance.Cosine)
                                                .setHnswConfig(HnswConfigDiff.newBuilder()
                                                        .setM(HnswSettings.MAX_CONN)
                                                        .setEfConstruct(HnswSettings.BEAM_WIDTH))
                                                .build())))
                .setSparseVectorsConfig(SparseVectorConfig.newBuilder()
                        .putMap(
                                QdrantCollection.SPARSE,
                                SparseVectorParams.newBuilder()
                                        .setModifier(Modifier.Idf)
                                        .build()))
                .putMetadata(META_MODEL, ValueFactory.value(spec.modelId()))
                .putMetadata(META_DIMENSION, ValueFactory.value(spec.dimension()))
                .build();
        QdrantCalls.await(client.createCollectionAsync(request), "create collection " + spec.name());
        PAYLOAD_INDEXES.forEach((field, type) -> QdrantCalls.await(
                client.createPayloadIndexAsync(
                        CreateFieldIndexCollection.newBuilder()
                                .setCollectionName(spec.name())
                                .setFieldName(field)
                                .setFieldType(type)
                                .setWait(true)
                                .build(),
                        null),
                "index payload field " + field));
        return new QdrantCollection(client, spec);
    }

    @Override
    public Optional<KnowledgeCollection> open(String nameOrAlias) {
        String name = aliasTarget(nameOrAlias).orElse(nameOrAlias);
        return specOf(name).map(spec -> new QdrantCollection(client, spec));
    }

    private Optional<CollectionSpec> specOf(String name) {
        if (!QdrantCalls.await(client.collectionExistsAsync(name), "look up collection " + name)) {
            return Optional.empty();
        }
        CollectionInfo info = QdrantCalls.await(client.getCollectionInfoAsync(name), "describe collection " + name);
        Map<String, Value> meta = info.getConfig().getMetadataMap();
        long dimension = info.getConfig()
                .getParams()
                .getVectorsConfig()
                .getParamsMap()
                .getMapOrThrow(QdrantCollection.DENSE)
                .getSize();
        String model = meta.containsKey(META_MODEL) ? meta.get(META_MODEL).getStringValue() : "unknown";
        return Optional.of(new CollectionSpec(name, model, Math.toIntExact(dimension)));
    }

    @Override
    public List<String> collectionNames() {
        return QdrantCalls.await(client.listCollectionsAsync(), "list collections").stream()
                .sorted()
                .toList();
    }

    @Override
    public void drop(String name) {
        if (aliases().stream().anyMatch(a -> a.getCollectionName().equals(name))) {
            throw new IllegalStateException("collection " + name + " is the target of an alias; move the alias first");
        }
        QdrantCalls.await(client.deleteCollectionAsync(name), "delete collection " + name);
    }

    /** One UpdateAliases request deleting and re-creating the alias: Qdrant applies it atomically. */
    @Override
    public void pointAlias(String alias, String collection) {
        AliasOperations create = AliasOperations.newBuilder()
                .setCreateAlias(CreateAlias.newBuilder().setAliasName(alias).setCollectionName(collection))
                .build();
        List<AliasOperations> operations = aliasTarget(alias).isPresent()
                ? List.of(
                        AliasOperations.newBuilder()
                                .setDeleteAlias(DeleteAlias.newBuilder().setAliasName(alias))
                                .build(),
                        create)
                : List.of(create);
        QdrantCalls.await(client.updateAliasesAsync(operations), "point alias " + alias + " at " + collection);
    }

    @Override
    public Optional<String> aliasTarget(String alias) {
        return aliases().stream()
                .filter(a -> a.getAliasName().equals(alias))
                .map(AliasDescription::getCollectionName)
                .findFirst();
    }

    private List<AliasDescription> aliases() {
        return QdrantCalls.await(client.listAliasesAsync(), "list aliases");
    }

    @Override
    public void close() {
        client.close();
    }
}
