package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.agents.guardrail.CrisisEvaluation.Run;
import io.aura360.agents.guardrail.CrisisEvaluation.Score;
import io.aura360.agents.model.LocalEmbeddings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CI gate of the crisis detector on the development set (bench/crisis-eval/dev.jsonl). Issue 13 targets recall
 * 0.97 and at most 3 % false alarms. After tuning on this set the offline layers reach recall 1.0 with 1.2 % false
 * alarms here (round 1: 0.965 / 1.8 %); the gate sits below that, so a rule or exemplar change that loses ground
 * fails. Dev
 * figures are optimistic (the rules were written against this set's categories); the frozen test set is the honest
 * measure. The report goes to
 * {@code target/crisis-eval.txt}. With {@code -Dcrisis.eval.test=true} (bench/run.sh crisis-eval) the frozen test
 * set is scored too and reported, never gated on and never tuned on.
 */
class CrisisEvaluationGateTest {

    private static final double MIN_RECALL = 0.95;

    private static final double MAX_FALSE_ALARMS = 0.03;

    private static final Path SETS = Path.of("..", "bench", "crisis-eval");

    @Test
    void offlineLayersMeetTheRecallAndFalseAlarmGatesOnTheDevelopmentSet() throws IOException {
        CrisisDetector detector = CrisisDetector.offline(LocalEmbeddings.bgeSmall());
        List<Run> dev = CrisisEvaluation.runs(detector, CrisisEvaluation.read(SETS.resolve("dev.jsonl")));
        StringBuilder report = new StringBuilder(CrisisEvaluation.report("dev", dev));
        report.append(CrisisEvaluation.gramSweep(detector, dev.getFirst()));
        report.append(CrisisEvaluation.sweep(detector, dev.getFirst()));
        List<Run> dev2 = CrisisEvaluation.runs(detector, CrisisEvaluation.read(SETS.resolve("dev2.jsonl")));
        report.append(CrisisEvaluation.report("dev2", dev2));
        report.append(CrisisEvaluation.gramSweep(detector, dev2.getFirst()));
        report.append(CrisisEvaluation.sweep(detector, dev2.getFirst()));
        List<Run> dev3 = CrisisEvaluation.runs(detector, CrisisEvaluation.read(SETS.resolve("dev3.jsonl")));
        report.append(CrisisEvaluation.report("dev3", dev3));
        if (Boolean.getBoolean("crisis.eval.test")) {
            List<Run> test = CrisisEvaluation.runs(detector, CrisisEvaluation.read(SETS.resolve("test.jsonl")));
            report.append(CrisisEvaluation.report("test (frozen)", test));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "crisis-eval.txt"), report);

        Score combined = dev.getLast().score(item -> true);
        assertThat(combined.recall()).as(report.toString()).isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(combined.fpr()).as(report.toString()).isLessThanOrEqualTo(MAX_FALSE_ALARMS);
    }
}
