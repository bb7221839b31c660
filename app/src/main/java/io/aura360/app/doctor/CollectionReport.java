package io.aura360.app.doctor;

/** The served collection as the vector service opened it with the configured embedding model. */
public record CollectionReport(String collection, String modelId, int dimension, int chunks) {}
