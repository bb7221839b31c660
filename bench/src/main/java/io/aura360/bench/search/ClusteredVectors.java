package io.aura360.bench.search;

import java.util.SplittableRandom;

/**
 * Synthetic, seeded corpus shaped like sentence embeddings: unit vectors around a few hundred cluster centres
 * (topics), each with a category and a locale payload. Uniform random vectors would make HNSW look worse
 * (no neighbourhood structure) and exact search look the same, so clusters give the honest comparison.
 */
public record ClusteredVectors(float[][] vectors, int[] category, int[] locale) {

    static final int CATEGORIES = 3;
    static final int LOCALES = 2;

    /** Spread of a point around its centre: neighbours stay close without the clusters collapsing. */
    private static final double NOISE = 0.6;

    public static ClusteredVectors generate(int count, int dimension, int clusters, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] centres = new float[clusters][];
        for (int c = 0; c < clusters; c++) {
            centres[c] = gaussian(random, dimension, null, 1.0);
        }
        float[][] vectors = new float[count][];
        int[] category = new int[count];
        int[] locale = new int[count];
        for (int i = 0; i < count; i++) {
            vectors[i] = gaussian(random, dimension, centres[random.nextInt(clusters)], NOISE);
            category[i] = random.nextInt(CATEGORIES);
            locale[i] = random.nextInt(LOCALES);
        }
        return new ClusteredVectors(vectors, category, locale);
    }

    /** Queries drawn like documents (a topic plus noise), but never equal to one. */
    static float[][] queries(int count, int dimension, ClusteredVectors corpus, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] queries = new float[count][];
        for (int q = 0; q < count; q++) {
            float[] near = corpus.vectors[random.nextInt(corpus.vectors.length)];
            queries[q] = gaussian(random, dimension, near, NOISE / 2);
        }
        return queries;
    }

    int size() {
        return vectors.length;
    }

    private static float[] gaussian(SplittableRandom random, int dimension, float[] centre, double sigma) {
        float[] v = new float[dimension];
        double norm = 0;
        for (int d = 0; d < dimension; d++) {
            double value = (centre == null ? 0 : centre[d] * Math.sqrt(dimension)) + sigma * nextGaussian(random);
            v[d] = (float) value;
            norm += value * value;
        }
        float inverse = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < dimension; d++) {
            v[d] *= inverse;
        }
        return v;
    }

    private static double nextGaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian, and it keeps the run reproducible from the seed.
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
