package io.aura360.vector.evaluation;

/** The figures of one query under one search mode. */
public record QueryScore(EvalQuery query, double ndcg, double recall) {}
