package io.aura360.vector.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.aura360.vector.embedding.LangChainEmbeddingProvider.Prefixes;
import org.junit.jupiter.api.Test;

class PrefixesTest {

    @Test
    void theQueryPrefixGoesOnlyBeforeShortQueriesWhenLimited() {
        Prefixes bge = new Prefixes(BgeSmallEmbeddingProvider.QUERY_INSTRUCTION, "", 3);

        assertThat(bge.queryInput("music therapy"))
                .isEqualTo(BgeSmallEmbeddingProvider.QUERY_INSTRUCTION + "music therapy");
        assertThat(bge.queryInput("  sleep   hygiene tips ")).startsWith(BgeSmallEmbeddingProvider.QUERY_INSTRUCTION);
        assertThat(bge.queryInput("how many points did the Panthers defense surrender"))
                .isEqualTo("how many points did the Panthers defense surrender");
    }

    @Test
    void withoutALimitEveryQueryGetsThePrefix() {
        Prefixes e5 = new Prefixes("query: ", "passage: ");

        assertThat(e5.queryInput("a rather long question with many many words in it, far more than eight"))
                .startsWith("query: ");
        assertThat(Prefixes.NONE.queryInput("sleep")).isEqualTo("sleep");
        assertThat(new Prefixes(null, null).passage()).isEmpty();
    }

    @Test
    void rejectsANegativeLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Prefixes("q: ", "", -1));
    }
}
