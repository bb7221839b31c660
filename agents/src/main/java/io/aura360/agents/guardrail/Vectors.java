package io.aura360.agents.guardrail;

import org.apache.lucene.util.VectorUtil;

/** Unit-length vectors, so a dot product is the cosine similarity. */
final class Vectors {

    private Vectors() {}

    static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = (norm == 0) ? 0 : (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }

    /** Lucene's SIMD dot product: the semantic layer compares each message with the whole exemplar bank. */
    static double dot(float[] a, float[] b) {
        return VectorUtil.dotProduct(a, b);
    }
}
