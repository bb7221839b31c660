package io.aura360.bench.quality;

import io.aura360.vector.evaluation.EvalSplit;
import io.aura360.vector.evaluation.ExternalSets;
import io.aura360.vector.evaluation.KnowledgeEvalSet;
import io.aura360.vector.evaluation.LabelledSet;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The labelled sets a retrieval-quality run evaluates: knowledge/eval and the external BEIR sets present. */
final class LabelledSets {

    static final long SEED = 42;

    private LabelledSets() {}

    /** The named (or all) sets, restricted to one part of the split; external ones sampled in a quick run. */
    static List<LabelledSet> load(BenchOptions options, EvalSplit split) {
        List<LabelledSet> sets = new ArrayList<>();
        if (options.includes(KnowledgeEvalSet.NAME)) {
            sets.add(KnowledgeEvalSet.load(options.knowledge()).split(split));
        }
        if (!Files.isDirectory(options.external())) {
            System.err.println("retrieval-quality: no external sets at " + options.external() + ", skipped");
            return sets;
        }
        for (ExternalSets external : ExternalSets.all()) {
            if (!options.includes(external.setName())) {
                continue;
            }
            Optional<LabelledSet> read = external.read(options.external());
            if (read.isEmpty()) {
                System.err.println("retrieval-quality: " + external.setName() + " is missing, skipped");
                continue;
            }
            LabelledSet set = read.get().split(split);
            sets.add(options.quick() ? set.sample(options.sampleQueries(), options.sampleDistractors(), SEED) : set);
        }
        return sets;
    }
}
