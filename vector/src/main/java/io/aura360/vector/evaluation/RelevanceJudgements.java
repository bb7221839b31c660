package io.aura360.vector.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Graded relevance per query (BEIR qrels): document id to grade, where a grade above zero is relevant (in our
 * set 2 answers the query, 1 is related). Documents without a grade count as not relevant.
 */
public record RelevanceJudgements(Map<String, Map<String, Integer>> grades) {

    public RelevanceJudgements {
        grades = Map.copyOf(grades);
    }

    public Map<String, Integer> of(String queryId) {
        return grades.getOrDefault(queryId, Map.of());
    }

    /** Reads a BEIR {@code qrels} TSV: {@code query-id, corpus-id, score}, with a header line. */
    public static RelevanceJudgements read(Path tsv) {
        try {
            List<String> lines = Files.readAllLines(tsv);
            Map<String, Map<String, Integer>> grades = new HashMap<>();
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty()) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 3) {
                    throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": expected 3 tab-separated cells");
                }
                grades.computeIfAbsent(cells[0], q -> new HashMap<>()).put(cells[1], Integer.parseInt(cells[2]));
            }
            return new RelevanceJudgements(grades);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read relevance judgements " + tsv, ex);
        }
    }
}
