package io.aura360.gateway.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Provisional excerpts quote the evidence: whole sentences from its start, or a cut marked with an ellipsis. */
class ProvisionalExcerptTest {

    @Test
    void keepsWholeSentencesThatFit() {
        String chunk = "Walk for thirty minutes a day.  Sleep seven hours.\n" + "x".repeat(300) + ".";

        assertThat(ProvisionalSummaries.excerpt(chunk)).isEqualTo("Walk for thirty minutes a day. Sleep seven hours.");
    }

    @Test
    void cutsAnOverlongFirstSentenceAtAWordAndSaysSo() {
        String chunk = "word ".repeat(100);

        String excerpt = ProvisionalSummaries.excerpt(chunk);

        assertThat(excerpt).endsWith("…").hasSizeLessThanOrEqualTo(ProvisionalSummaries.EXCERPT_CHARS);
        assertThat(chunk).startsWith(excerpt.replace("…", ""));
    }
}
