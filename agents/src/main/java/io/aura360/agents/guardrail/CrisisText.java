package io.aura360.agents.guardrail;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One request's text, prepared once for every crisis layer: {@code visible} is what a reader sees (NFKC, no
 * invisible characters, look-alike letters folded, texting spellings expanded, lowercase), for embedding models;
 * {@code readings} are the folded forms the phrase lists match (the text as typed, and again with punctuation
 * inside words removed, "sui.cide"). What a layer works out from the text is kept with it ({@link #once}), so a
 * reading another layer's gate asks for again is not computed again. Thread-safe: the slow layers may read it on
 * another thread.
 */
final class CrisisText {

    private final String visible;

    private final List<String> readings;

    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    CrisisText(String visible, List<String> readings) {
        this.visible = visible;
        this.readings = List.copyOf(readings);
    }

    String visible() {
        return visible;
    }

    List<String> readings() {
        return readings;
    }

    /**
     * What {@code compute} works out from this text, computed the first time {@code key} (the layer asking) asks and
     * kept for its later questions about the same text.
     */
    @SuppressWarnings("unchecked")
    <T> T once(Object key, Supplier<T> compute) {
        return (T) derived.computeIfAbsent(key, k -> compute.get());
    }
}
