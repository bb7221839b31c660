package io.aura360.agents.guardrail;

import java.util.List;

/**
 * One request's text, prepared once for every crisis layer: {@code visible} is what a reader sees (NFKC, no
 * invisible characters, look-alike letters folded, texting spellings expanded, lowercase), for embedding models;
 * {@code readings} are the folded forms the phrase lists match (the text as typed, and again with punctuation
 * inside words removed, "sui.cide").
 */
record CrisisText(String visible, List<String> readings) {

    CrisisText {
        readings = List.copyOf(readings);
    }
}
