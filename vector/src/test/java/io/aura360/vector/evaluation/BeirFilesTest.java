package io.aura360.vector.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeirFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsAnExternalSetKeepingTheLastOfRepeatedIdsAndSearchingQueriesInTheCorpusLocale() throws IOException {
        Files.writeString(dir.resolve("corpus.jsonl"), """
				{"_id": "d1", "title": "Super_Bowl_50", "text": "The Panthers defense gave up 308 points."}
				{"_id": "d2", "title": "Rhein", "text": "A first page under the same id."}
				{"_id": "d2", "title": "Rhine", "text": "The Rhine flows through six countries.", "url": "https://x"}
				""");
        Files.writeString(dir.resolve("queries.jsonl"), """
				{"_id": "q1", "text": "¿Cuántos puntos concedió la defensa?"}
				{"_id": "q2", "text": "¿Por qué países pasa el Rin?"}
				{"_id": "q3", "text": "una pregunta sin juicios"}
				""");
        Files.writeString(dir.resolve("qrels.tsv"), "query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\t1\n");

        LabelledSet set = BeirFiles.read(dir, "xquad", "en", "es");

        assertThat(set.corpus()).extracting(d -> d.title()).containsExactly("Super Bowl 50", "Rhine");
        assertThat(set.corpus()).allSatisfy(d -> assertThat(d.locale()).isEqualTo("en"));
        assertThat(set.queries()).extracting(EvalQuery::id).containsExactly("q1", "q2");
        assertThat(set.queries()).allMatch(EvalQuery::crossLingual);
        assertThat(set.judgements().of("q2")).containsEntry("d2", 1);
    }

    @Test
    void readsQrelsFromTheBeirSubfolderToo() throws IOException {
        Files.createDirectories(dir.resolve("qrels"));
        Files.writeString(dir.resolve("qrels").resolve("test.tsv"), "query-id\tcorpus-id\tscore\nq1\td1\t2\n");

        assertThat(RelevanceJudgements.read(BeirFiles.qrels(dir)).of("q1")).containsEntry("d1", 2);
    }

    @Test
    void rejectsAMalformedQrelsLineNamingItsPosition() throws IOException {
        Path qrels = Files.writeString(dir.resolve("qrels.tsv"), "query-id\tcorpus-id\tscore\nq1 d1 2\n");

        assertThatThrownBy(() -> RelevanceJudgements.read(qrels)).hasMessageContaining("qrels.tsv:2");
    }

    @Test
    void aSampleKeepsTheRelevantDocumentsOfItsQueries() throws IOException {
        readsAnExternalSetKeepingTheLastOfRepeatedIdsAndSearchingQueriesInTheCorpusLocale();
        LabelledSet set = BeirFiles.read(dir, "xquad", "en", "es");

        LabelledSet sample = set.sample(1, 0, 7);

        assertThat(sample.queries()).hasSize(1);
        String query = sample.queries().get(0).id();
        assertThat(sample.corpus())
                .extracting(d -> d.id())
                .containsExactlyElementsOf(set.judgements().of(query).keySet());
    }
}
