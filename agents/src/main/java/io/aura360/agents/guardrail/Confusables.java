package io.aura360.agents.guardrail;

import java.util.Map;

/**
 * Folds letters of other scripts that look like Latin ones (Cyrillic "е", "о", "а", "р", "с", "і", Greek "ο",
 * "α", …) into the Latin letter, so "suісidе" typed with a Cyrillic "і" reads as "suicide". A hand-kept subset of
 * Unicode's confusables.txt (UTS #39) limited to lowercase and uppercase letters that pass for Latin in es/en
 * text; ICU4J's full skeleton would also rewrite Latin sequences ("rn" → "m"), which breaks the phrase lists.
 */
final class Confusables {

    private static final Map<Character, Character> LATIN = Map.ofEntries(
            Map.entry('а', 'a'),
            Map.entry('в', 'b'),
            Map.entry('е', 'e'),
            Map.entry('ё', 'e'),
            Map.entry('к', 'k'),
            Map.entry('м', 'm'),
            Map.entry('н', 'h'),
            Map.entry('о', 'o'),
            Map.entry('р', 'p'),
            Map.entry('с', 'c'),
            Map.entry('т', 't'),
            Map.entry('у', 'y'),
            Map.entry('х', 'x'),
            Map.entry('ѕ', 's'),
            Map.entry('і', 'i'),
            Map.entry('ї', 'i'),
            Map.entry('ј', 'j'),
            Map.entry('ԁ', 'd'),
            Map.entry('ԛ', 'q'),
            Map.entry('ԝ', 'w'),
            Map.entry('ɡ', 'g'),
            Map.entry('ո', 'n'),
            Map.entry('ս', 'u'),
            Map.entry('А', 'A'),
            Map.entry('В', 'B'),
            Map.entry('Е', 'E'),
            Map.entry('К', 'K'),
            Map.entry('М', 'M'),
            Map.entry('Н', 'H'),
            Map.entry('О', 'O'),
            Map.entry('Р', 'P'),
            Map.entry('С', 'C'),
            Map.entry('Т', 'T'),
            Map.entry('Х', 'X'),
            Map.entry('І', 'I'),
            Map.entry('Ј', 'J'),
            Map.entry('Ѕ', 'S'),
            Map.entry('α', 'a'),
            Map.entry('ο', 'o'),
            Map.entry('ι', 'i'),
            Map.entry('κ', 'k'),
            Map.entry('ν', 'v'),
            Map.entry('ρ', 'p'),
            Map.entry('τ', 't'),
            Map.entry('υ', 'u'),
            Map.entry('Α', 'A'),
            Map.entry('Β', 'B'),
            Map.entry('Ε', 'E'),
            Map.entry('Η', 'H'),
            Map.entry('Ι', 'I'),
            Map.entry('Κ', 'K'),
            Map.entry('Μ', 'M'),
            Map.entry('Ν', 'N'),
            Map.entry('Ο', 'O'),
            Map.entry('Ρ', 'P'),
            Map.entry('Τ', 'T'),
            Map.entry('Χ', 'X'),
            Map.entry('Υ', 'Y'),
            Map.entry('Ζ', 'Z'));

    private Confusables() {}

    static String fold(String text) {
        StringBuilder folded = null;
        for (int i = 0; i < text.length(); i++) {
            Character latin = LATIN.get(text.charAt(i));
            if (latin != null) {
                if (folded == null) {
                    folded = new StringBuilder(text);
                }
                folded.setCharAt(i, latin);
            }
        }
        return (folded == null) ? text : folded.toString();
    }
}
