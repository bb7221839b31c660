package io.aura360.vector.qdrant;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.qdrant.client.grpc.Collections.Modifier;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.PointId;
import io.qdrant.client.grpc.Points.CountPoints;
import io.qdrant.client.grpc.Points.CountResponse;
import io.qdrant.client.grpc.Points.CountResult;
import io.qdrant.client.grpc.Points.CreateFieldIndexCollection;
import io.qdrant.client.grpc.Points.DeletePoints;
import io.qdrant.client.grpc.Points.GetPoints;
import io.qdrant.client.grpc.Points.GetResponse;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.PointsOperationResponse;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.QueryResponse;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.ScrollPoints;
import io.qdrant.client.grpc.Points.ScrollResponse;
import io.qdrant.client.grpc.Points.UpdateResult;
import io.qdrant.client.grpc.Points.UpdateStatus;
import io.qdrant.client.grpc.Points.UpsertPoints;
import io.qdrant.client.grpc.Points.VectorInput;
import io.qdrant.client.grpc.PointsGrpc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Qdrant's Points service as the adapter uses it: upsert (checking each dense vector's size against the
 * collection, as Qdrant does), delete by filter, payload indexes, scroll by id, exact count, and query: cosine on
 * the dense vector, or a sparse dot product with Qdrant's IDF modifier, always inside the filter.
 */
final class QdrantPointsService extends PointsGrpc.PointsImplBase {

    private final QdrantState state;

    QdrantPointsService(QdrantState state) {
        this.state = state;
    }

    @Override
    public void upsert(UpsertPoints request, StreamObserver<PointsOperationResponse> response) {
        Grpc.answer(response, () -> {
            QdrantState.StoredCollection collection = state.resolve(request.getCollectionName());
            for (PointStruct point : request.getPointsList()) {
                Vectors.requireDenseSizes(collection.config(), point.getVectors());
            }
            synchronized (collection) {
                request.getPointsList().forEach(p -> collection.points().put(QdrantState.key(p.getId()), p));
            }
            return completed();
        });
    }

    @Override
    public void delete(DeletePoints request, StreamObserver<PointsOperationResponse> response) {
        Grpc.answer(response, () -> {
            QdrantState.StoredCollection collection = state.resolve(request.getCollectionName());
            if (!request.getPoints().hasFilter()) {
                throw Status.UNIMPLEMENTED.withDescription("delete by ids").asRuntimeException();
            }
            synchronized (collection) {
                collection
                        .points()
                        .values()
                        .removeIf(p -> PayloadFilter.matches(request.getPoints().getFilter(), p.getPayloadMap()));
            }
            return completed();
        });
    }

    @Override
    public void createFieldIndex(CreateFieldIndexCollection request, StreamObserver<PointsOperationResponse> response) {
        Grpc.answer(response, () -> {
            state.resolve(request.getCollectionName())
                    .indexes()
                    .put(request.getFieldName(), request.getFieldTypeValue());
            return completed();
        });
    }

    @Override
    public void scroll(ScrollPoints request, StreamObserver<ScrollResponse> response) {
        Grpc.answer(response, () -> {
            List<PointStruct> matching = matching(request.getCollectionName(), request.getFilter());
            String from = request.hasOffset() ? QdrantState.key(request.getOffset()) : "";
            List<PointStruct> page = matching.stream()
                    .filter(p -> QdrantState.key(p.getId()).compareTo(from) >= 0)
                    .toList();
            int limit = request.hasLimit() ? request.getLimit() : 10;
            ScrollResponse.Builder scroll = ScrollResponse.newBuilder();
            page.stream()
                    .limit(limit)
                    .forEach(p -> scroll.addResult(
                            RetrievedPoint.newBuilder().setId(p.getId()).putAllPayload(p.getPayloadMap())));
            if (page.size() > limit) {
                scroll.setNextPageOffset(page.get(limit).getId());
            }
            return scroll.build();
        });
    }

    @Override
    public void get(GetPoints request, StreamObserver<GetResponse> response) {
        Grpc.answer(response, () -> {
            QdrantState.StoredCollection collection = state.resolve(request.getCollectionName());
            GetResponse.Builder found = GetResponse.newBuilder();
            synchronized (collection) {
                for (PointId id : request.getIdsList()) {
                    PointStruct point = collection.points().get(QdrantState.key(id));
                    if (point != null) {
                        found.addResult(RetrievedPoint.newBuilder()
                                .setId(point.getId())
                                .putAllPayload(
                                        request.getWithPayload().getEnable() ? point.getPayloadMap() : Map.of()));
                    }
                }
            }
            return found.build();
        });
    }

    @Override
    public void count(CountPoints request, StreamObserver<CountResponse> response) {
        Grpc.answer(
                response,
                () -> CountResponse.newBuilder()
                        .setResult(CountResult.newBuilder()
                                .setCount(matching(request.getCollectionName(), request.getFilter())
                                        .size()))
                        .build());
    }

    @Override
    public void query(QueryPoints request, StreamObserver<QueryResponse> response) {
        Grpc.answer(response, () -> {
            QdrantState.StoredCollection collection = state.resolve(request.getCollectionName());
            List<PointStruct> candidates = matching(request.getCollectionName(), request.getFilter());
            VectorInput input = request.getQuery().getNearest();
            Map<PointStruct, Float> scores = input.hasSparse()
                    ? sparseScores(collection, request.getUsing(), input, candidates)
                    : denseScores(collection, request.getUsing(), input, candidates);
            QueryResponse.Builder result = QueryResponse.newBuilder();
            scores.entrySet().stream()
                    .sorted(Map.Entry.<PointStruct, Float>comparingByValue(Comparator.reverseOrder()))
                    .limit(request.hasLimit() ? request.getLimit() : 10)
                    .forEach(e -> result.addResult(ScoredPoint.newBuilder()
                            .setId(e.getKey().getId())
                            .setScore(e.getValue())
                            .putAllPayload(
                                    request.getWithPayload().getEnable()
                                            ? e.getKey().getPayloadMap()
                                            : Map.of())));
            return result.build();
        });
    }

    private Map<PointStruct, Float> denseScores(
            QdrantState.StoredCollection collection, String using, VectorInput input, List<PointStruct> candidates) {
        float[] query = Vectors.dense(input);
        Vectors.requireQuerySize(collection.config(), using, query.length);
        Map<PointStruct, Float> scores = new HashMap<>();
        for (PointStruct point : candidates) {
            float[] vector = Vectors.dense(point.getVectors(), using);
            if (vector != null) {
                scores.put(point, Vectors.cosine(query, vector));
            }
        }
        return scores;
    }

    /** Qdrant's IDF: ln(1 + (N - n + 0.5) / (n + 0.5)) over the points that have the sparse vector. */
    private Map<PointStruct, Float> sparseScores(
            QdrantState.StoredCollection collection, String using, VectorInput input, List<PointStruct> candidates) {
        boolean idf = collection
                        .config()
                        .getSparseVectorsConfig()
                        .getMapOrThrow(using)
                        .getModifier()
                == Modifier.Idf;
        List<Map<Integer, Float>> all = new ArrayList<>();
        collection.points().values().forEach(p -> all.add(Vectors.sparse(p.getVectors(), using)));
        Map<Integer, Float> query = Vectors.sparse(
                input.getSparse().getIndicesList(), input.getSparse().getValuesList());
        Map<PointStruct, Float> scores = new HashMap<>();
        for (PointStruct point : candidates) {
            Map<Integer, Float> terms = Vectors.sparse(point.getVectors(), using);
            float score = 0;
            boolean overlap = false;
            for (Map.Entry<Integer, Float> term : query.entrySet()) {
                Float value = terms.get(term.getKey());
                if (value != null) {
                    overlap = true;
                    long n = all.stream()
                            .filter(t -> t.containsKey(term.getKey()))
                            .count();
                    double weight = idf ? Math.log(1 + (all.size() - n + 0.5) / (n + 0.5)) : 1;
                    score += (float) (term.getValue() * value * weight);
                }
            }
            if (overlap) {
                scores.put(point, score);
            }
        }
        return scores;
    }

    private List<PointStruct> matching(String collectionName, Filter filter) {
        QdrantState.StoredCollection collection = state.resolve(collectionName);
        synchronized (collection) {
            return collection.points().values().stream()
                    .filter(p -> PayloadFilter.matches(filter, p.getPayloadMap()))
                    .toList();
        }
    }

    private static PointsOperationResponse completed() {
        return PointsOperationResponse.newBuilder()
                .setResult(UpdateResult.newBuilder().setStatus(UpdateStatus.Completed))
                .build();
    }
}
