package io.aura360.vector.qdrant;

import io.grpc.Status;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Points.Vector;
import io.qdrant.client.grpc.Points.VectorInput;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading vectors in either wire form the client may send (the oneof, or the older data/indices fields). */
final class Vectors {

    private Vectors() {}

    static void requireDenseSizes(CreateCollection config, io.qdrant.client.grpc.Points.Vectors vectors) {
        config.getVectorsConfig().getParamsMap().getMapMap().forEach((name, params) -> {
            float[] vector = dense(vectors, name);
            if (vector == null || vector.length != params.getSize()) {
                throw Status.INVALID_ARGUMENT
                        .withDescription("Wrong input: Vector dimension error: expected dim: " + params.getSize()
                                + ", got " + (vector == null ? 0 : vector.length))
                        .asRuntimeException();
            }
        });
    }

    static void requireQuerySize(CreateCollection config, String using, int size) {
        long expected =
                config.getVectorsConfig().getParamsMap().getMapOrThrow(using).getSize();
        if (expected != size) {
            throw Status.INVALID_ARGUMENT
                    .withDescription("Wrong input: Vector dimension error: expected dim: " + expected + ", got " + size)
                    .asRuntimeException();
        }
    }

    static float[] dense(io.qdrant.client.grpc.Points.Vectors vectors, String name) {
        Vector vector = vectors.getVectors().getVectorsMap().get(name);
        if (vector == null) {
            return null;
        }
        return toArray(vector.hasDense() ? vector.getDense().getDataList() : vector.getDataList());
    }

    static float[] dense(VectorInput input) {
        if (!input.hasDense()) {
            throw Status.UNIMPLEMENTED
                    .withDescription("query by " + input.getVariantCase())
                    .asRuntimeException();
        }
        return toArray(input.getDense().getDataList());
    }

    static Map<Integer, Float> sparse(io.qdrant.client.grpc.Points.Vectors vectors, String name) {
        Vector vector = vectors.getVectors().getVectorsMap().get(name);
        if (vector == null) {
            return Map.of();
        }
        return vector.hasSparse()
                ? sparse(vector.getSparse().getIndicesList(), vector.getSparse().getValuesList())
                : sparse(vector.getIndices().getDataList(), vector.getDataList());
    }

    static Map<Integer, Float> sparse(List<Integer> indices, List<Float> values) {
        Map<Integer, Float> terms = new HashMap<>();
        for (int i = 0; i < indices.size(); i++) {
            terms.put(indices.get(i), values.get(i));
        }
        return terms;
    }

    static float cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return (float) (dot / Math.sqrt(normA * normB));
    }

    private static float[] toArray(List<Float> values) {
        float[] array = new float[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}
