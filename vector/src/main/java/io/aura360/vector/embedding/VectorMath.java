package io.aura360.vector.embedding;

/** L2 normalisation, so that cosine similarity is a dot product and scores compare across models. */
final class VectorMath {

    private VectorMath() {}

    static float[] normalised(float[] vector) {
        double sumOfSquares = 0;
        for (float v : vector) {
            sumOfSquares += v * v;
        }
        if (sumOfSquares == 0 || Double.isNaN(sumOfSquares)) {
            throw new IllegalStateException("embedding model returned a zero or NaN vector");
        }
        float norm = (float) Math.sqrt(sumOfSquares);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] / norm;
        }
        return unit;
    }
}
