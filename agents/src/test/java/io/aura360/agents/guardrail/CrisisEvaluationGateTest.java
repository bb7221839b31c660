package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.agents.guardrail.CrisisEvaluation.Run;
import io.aura360.agents.guardrail.CrisisEvaluation.Score;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CI gate of the crisis detector on the development set (bench/crisis-eval/dev.jsonl): the offline layers
 * together must find at least 97 % of crisis statements and flag at most 3 % of hard negatives. The report goes to
 * {@code target/crisis-eval.txt}. With {@code -Dcrisis.eval.test=true} (bench/run.sh crisis-eval) the frozen test
 * set is scored too and reported, never gated on and never tuned on.
 */
class CrisisEvaluationGateTest {

    private static final Path SETS = Path.of("..", "bench", "crisis-eval");

    @Test
    void offlineLayersMeetTheRecallAndFalseAlarmGatesOnTheDevelopmentSet() throws IOException {
        CrisisDetector detector = CrisisDetector.offline();
        List<Run> dev = CrisisEvaluation.runs(detector, CrisisEvaluation.read(SETS.resolve("dev.jsonl")));
        StringBuilder report = new StringBuilder(CrisisEvaluation.report("dev", dev));
        if (Boolean.getBoolean("crisis.eval.test")) {
            List<Run> test = CrisisEvaluation.runs(detector, CrisisEvaluation.read(SETS.resolve("test.jsonl")));
            report.append(CrisisEvaluation.report("test (frozen)", test));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "crisis-eval.txt"), report);

        Score combined = dev.getLast().score(item -> true);
        assertThat(combined.recall()).as(report.toString()).isGreaterThanOrEqualTo(0.97);
        assertThat(combined.fpr()).as(report.toString()).isLessThanOrEqualTo(0.03);
    }
}
