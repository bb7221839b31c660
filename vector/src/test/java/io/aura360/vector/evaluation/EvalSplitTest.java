package io.aura360.vector.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvalSplitTest {

    @Test
    void everyQueryIsInExactlyOnePartAndBothPartsAreAboutHalf() {
        List<EvalQuery> queries = BeirFiles.readQueries(Path.of("..", "knowledge", "eval", "queries.jsonl"));
        long test =
                queries.stream().filter(q -> EvalSplit.TEST.contains(q.id())).count();
        long dev = queries.stream().filter(q -> EvalSplit.DEV.contains(q.id())).count();
        assertThat(test + dev).isEqualTo(queries.size());
        assertThat(queries).allMatch(q -> EvalSplit.ALL.contains(q.id()));
        assertThat(test).isBetween(queries.size() / 3L, 2L * queries.size() / 3);
    }

    @Test
    void theSameQuestionInAnotherLanguageStaysInTheSamePart() {
        for (String question :
                List.of("56beb4343aeaaa14008c925b", "56beb4343aeaaa14008c925c", "5725b33f6a3fe71400b8952d")) {
            EvalSplit part = EvalSplit.TEST.contains(question) ? EvalSplit.TEST : EvalSplit.DEV;
            assertThat(List.of("en-" + question, "es-" + question, "es-en-" + question))
                    .allMatch(part::contains);
        }
    }

    @Test
    void theFrozenAssignmentDoesNotMove() {
        // Pinned so that a change of the rule, which would leak tuned queries into the test part, fails here.
        assertThat(List.of("q-mind-en-01", "q-mind-en-02", "q-mind-en-03", "q-CancerGov-0000001_3-2"))
                .map(EvalSplit.TEST::contains)
                .containsExactly(false, false, true, false);
    }
}
