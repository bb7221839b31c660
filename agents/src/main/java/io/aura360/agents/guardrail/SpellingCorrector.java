package io.aura360.agents.guardrail;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rewrites texting spellings ("kiero" → "quiero", "u" → "you") and one-typo misspellings of key words
 * ("suicde", "sucidio", "mysefl") into the words the phrases are written with, so the phrase lists need not
 * repeat every spelling. A typo is one inserted, deleted, replaced or swapped letter (optimal string
 * alignment distance 1). Only keys of six or more letters are matched loosely: shorter words have too many
 * real neighbours.
 */
final class SpellingCorrector {

    static final int MIN_KEY_LENGTH = 6;

    private final Set<String> keys;

    private final Map<String, String> slang;

    private final Map<String, String> visibleSlang;

    /** {@code slangRules} are lines of the form {@code texting spelling = word}. */
    SpellingCorrector(List<String> keys, List<String> slangRules, TextNormalizer normalizer) {
        this.keys = keys.stream()
                .map(normalizer::word)
                .filter(k -> k.length() >= MIN_KEY_LENGTH)
                .collect(Collectors.toUnmodifiableSet());
        Map<String, String> rules = new LinkedHashMap<>();
        Map<String, String> visibleRules = new LinkedHashMap<>();
        for (String rule : slangRules) {
            String[] sides = rule.split("=", 2);
            if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
                throw new IllegalArgumentException("slang rule must read 'spelling = word': " + rule);
            }
            rules.put(normalizer.text(sides[0]), normalizer.text(sides[1]));
            visibleRules.put(sides[0].strip().toLowerCase(java.util.Locale.ROOT), sides[1].strip());
        }
        this.slang = Map.copyOf(rules);
        this.visibleSlang = Map.copyOf(visibleRules);
    }

    /** The normalised text with texting spellings and near-miss key words replaced. */
    String correct(String normalizedText) {
        return Arrays.stream(normalizedText.split(" ")).map(this::correctWord).collect(Collectors.joining(" "));
    }

    /**
     * {@code visibleText} (lowercase, punctuation kept) with texting spellings written out ("kiero" → "quiero"), for
     * readers such as embedding models that see the words rather than the folded form.
     */
    String expandSlang(String visibleText) {
        return Arrays.stream(visibleText.split(" "))
                .map(word -> visibleSlang.getOrDefault(word, word))
                .collect(Collectors.joining(" "));
    }

    private String correctWord(String word) {
        String expanded = slang.getOrDefault(word, word);
        if (expanded.length() < MIN_KEY_LENGTH - 1 || keys.contains(expanded)) {
            return expanded;
        }
        return keys.stream()
                .filter(key -> withinOneTypo(expanded, key))
                .findFirst()
                .orElse(expanded);
    }

    static boolean withinOneTypo(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()] <= 1;
    }
}
