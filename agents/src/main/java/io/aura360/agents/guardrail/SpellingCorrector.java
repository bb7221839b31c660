package io.aura360.agents.guardrail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rewrites texting spellings ("kiero" → "quiero", "u" → "you") and one-typo misspellings of key words
 * ("suicde", "sucidio", "mysefl") into the words the phrases are written with, so the phrase lists need not
 * repeat every spelling. A typo is one inserted, deleted, replaced or swapped letter (optimal string
 * alignment distance 1). Only keys of six or more letters are matched loosely: shorter words have too many
 * real neighbours. Where a word is one typo from several keys, the key listed first wins, so the rewrite (and all
 * that is learnt from it) is the same in every run.
 *
 * <p>Candidates are found through a deletion index: two words one typo apart share the word itself or a
 * one-letter deletion of it, so a word is checked only against the keys filed under its own deletions instead
 * of against every key.
 */
final class SpellingCorrector {

    static final int MIN_KEY_LENGTH = 6;

    /** Each key with its position in the listing: the lower wins a tie. */
    private final Map<String, Integer> keyRanks;

    /** A key, and each of its one-letter deletions, mapped to the keys that produce it, in listing order. */
    private final Map<String, List<String>> keysByDeletion;

    private final Map<String, String> slang;

    private final Map<String, String> visibleSlang;

    /** {@code slangRules} are lines of the form {@code texting spelling = word}. */
    SpellingCorrector(List<String> keys, List<String> slangRules, TextNormalizer normalizer) {
        List<String> ordered = keys.stream()
                .map(normalizer::word)
                .filter(k -> k.length() >= MIN_KEY_LENGTH)
                .distinct()
                .toList();
        Map<String, Integer> ranks = new HashMap<>();
        ordered.forEach(key -> ranks.put(key, ranks.size()));
        this.keyRanks = Map.copyOf(ranks);
        this.keysByDeletion = deletionIndex(ordered);
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
        if (expanded.length() < MIN_KEY_LENGTH - 1 || keyRanks.containsKey(expanded)) {
            return expanded;
        }
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (String variant : withDeletions(expanded)) {
            for (String key : keysByDeletion.getOrDefault(variant, List.of())) {
                int rank = keyRanks.get(key);
                if (rank < bestRank && withinOneTypo(expanded, key)) {
                    best = key;
                    bestRank = rank;
                }
            }
        }
        return (best == null) ? expanded : best;
    }

    private static Map<String, List<String>> deletionIndex(List<String> keys) {
        Map<String, List<String>> index = new HashMap<>();
        for (String key : keys) {
            for (String variant : withDeletions(key)) {
                List<String> filed = index.computeIfAbsent(variant, v -> new ArrayList<>(1));
                if (!filed.contains(key)) {
                    filed.add(key);
                }
            }
        }
        index.replaceAll((variant, filed) -> List.copyOf(filed));
        return Map.copyOf(index);
    }

    /** The word itself and every string one letter shorter than it. */
    private static List<String> withDeletions(String word) {
        List<String> variants = new ArrayList<>(word.length() + 1);
        variants.add(word);
        for (int i = 0; i < word.length(); i++) {
            variants.add(word.substring(0, i) + word.substring(i + 1));
        }
        return variants;
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
