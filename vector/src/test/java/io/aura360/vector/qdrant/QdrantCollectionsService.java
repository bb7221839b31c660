package io.aura360.vector.qdrant;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.qdrant.client.grpc.Collections.AliasDescription;
import io.qdrant.client.grpc.Collections.AliasOperations;
import io.qdrant.client.grpc.Collections.ChangeAliases;
import io.qdrant.client.grpc.Collections.CollectionConfig;
import io.qdrant.client.grpc.Collections.CollectionDescription;
import io.qdrant.client.grpc.Collections.CollectionExists;
import io.qdrant.client.grpc.Collections.CollectionExistsRequest;
import io.qdrant.client.grpc.Collections.CollectionExistsResponse;
import io.qdrant.client.grpc.Collections.CollectionInfo;
import io.qdrant.client.grpc.Collections.CollectionOperationResponse;
import io.qdrant.client.grpc.Collections.CollectionParams;
import io.qdrant.client.grpc.Collections.CollectionStatus;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.DeleteCollection;
import io.qdrant.client.grpc.Collections.GetCollectionInfoRequest;
import io.qdrant.client.grpc.Collections.GetCollectionInfoResponse;
import io.qdrant.client.grpc.Collections.ListAliasesRequest;
import io.qdrant.client.grpc.Collections.ListAliasesResponse;
import io.qdrant.client.grpc.Collections.ListCollectionsRequest;
import io.qdrant.client.grpc.Collections.ListCollectionsResponse;
import io.qdrant.client.grpc.CollectionsGrpc;
import java.util.HashMap;
import java.util.Map;

/** Qdrant's Collections service as the adapter uses it: create, describe, list, delete, aliases. */
final class QdrantCollectionsService extends CollectionsGrpc.CollectionsImplBase {

    private final QdrantState state;

    QdrantCollectionsService(QdrantState state) {
        this.state = state;
    }

    @Override
    public void create(CreateCollection request, StreamObserver<CollectionOperationResponse> response) {
        Grpc.answer(response, () -> {
            state.create(request);
            return ok();
        });
    }

    @Override
    public void get(GetCollectionInfoRequest request, StreamObserver<GetCollectionInfoResponse> response) {
        Grpc.answer(response, () -> {
            QdrantState.StoredCollection collection = state.resolve(request.getCollectionName());
            CreateCollection config = collection.config();
            CollectionInfo info = CollectionInfo.newBuilder()
                    .setStatus(CollectionStatus.Green)
                    .setPointsCount(collection.points().size())
                    .setConfig(CollectionConfig.newBuilder()
                            .setParams(CollectionParams.newBuilder()
                                    .setVectorsConfig(config.getVectorsConfig())
                                    .setSparseVectorsConfig(config.getSparseVectorsConfig()))
                            .putAllMetadata(config.getMetadataMap()))
                    .build();
            return GetCollectionInfoResponse.newBuilder().setResult(info).build();
        });
    }

    @Override
    public void list(ListCollectionsRequest request, StreamObserver<ListCollectionsResponse> response) {
        Grpc.answer(response, () -> {
            ListCollectionsResponse.Builder list = ListCollectionsResponse.newBuilder();
            state.collections
                    .keySet()
                    .forEach(name -> list.addCollections(
                            CollectionDescription.newBuilder().setName(name)));
            return list.build();
        });
    }

    @Override
    public void collectionExists(CollectionExistsRequest request, StreamObserver<CollectionExistsResponse> response) {
        Grpc.answer(
                response,
                () -> CollectionExistsResponse.newBuilder()
                        .setResult(CollectionExists.newBuilder()
                                .setExists(state.collections.containsKey(request.getCollectionName())))
                        .build());
    }

    @Override
    public void delete(DeleteCollection request, StreamObserver<CollectionOperationResponse> response) {
        Grpc.answer(response, () -> {
            boolean existed = state.collections.remove(request.getCollectionName()) != null;
            state.aliases.values().removeIf(request.getCollectionName()::equals);
            return CollectionOperationResponse.newBuilder().setResult(existed).build();
        });
    }

    /** All actions of one request apply together, under one lock, as Qdrant does. */
    @Override
    public void updateAliases(ChangeAliases request, StreamObserver<CollectionOperationResponse> response) {
        Grpc.answer(response, () -> {
            synchronized (state) {
                Map<String, String> next = new HashMap<>(state.aliases);
                for (AliasOperations action : request.getActionsList()) {
                    apply(action, next);
                }
                state.aliases.clear();
                state.aliases.putAll(next);
            }
            return ok();
        });
    }

    private void apply(AliasOperations action, Map<String, String> aliases) {
        switch (action.getActionCase()) {
            case CREATE_ALIAS -> {
                String alias = action.getCreateAlias().getAliasName();
                String target = action.getCreateAlias().getCollectionName();
                if (!state.collections.containsKey(target)) {
                    throw Status.NOT_FOUND
                            .withDescription("Collection `" + target + "` doesn't exist!")
                            .asRuntimeException();
                }
                if (aliases.containsKey(alias) || state.collections.containsKey(alias)) {
                    throw Status.ALREADY_EXISTS
                            .withDescription("Alias `" + alias + "` already exists!")
                            .asRuntimeException();
                }
                aliases.put(alias, target);
            }
            case DELETE_ALIAS -> {
                if (aliases.remove(action.getDeleteAlias().getAliasName()) == null) {
                    throw Status.NOT_FOUND.withDescription("Alias not found").asRuntimeException();
                }
            }
            default ->
                throw Status.UNIMPLEMENTED
                        .withDescription(action.getActionCase().name())
                        .asRuntimeException();
        }
    }

    @Override
    public void listAliases(ListAliasesRequest request, StreamObserver<ListAliasesResponse> response) {
        Grpc.answer(response, () -> {
            ListAliasesResponse.Builder list = ListAliasesResponse.newBuilder();
            state.aliases.forEach((alias, target) -> list.addAliases(
                    AliasDescription.newBuilder().setAliasName(alias).setCollectionName(target)));
            return list.build();
        });
    }

    private static CollectionOperationResponse ok() {
        return CollectionOperationResponse.newBuilder().setResult(true).build();
    }
}
