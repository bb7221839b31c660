package io.aura360.agents.guardrail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal identifiers with placeholders ({@code [email]}, {@code [phone]}, {@code [date]},
 * {@code [url]}, {@code [name]}) before text reaches a prompt, a log, the vector index or the conversation
 * store, so that a model provider never receives them and an erasure request has less to find.
 *
 * <p>
 * Ordinary quantities must survive, because they are what the advice is about: "7 hours", "150 minutes",
 * "10,000 steps", "120/80". So a phone number needs 9 to 15 digits written in groups of at least two, a date
 * needs a day, a month and (in numeric form) a year, and only URLs with a query string are removed, since
 * the query is where tokens and identifiers travel.
 */
public final class PiiScrubber {

    private static final String MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|"
            + "november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

    private static final String MONTHS_ES =
            "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|" + "octubre|noviembre|diciembre";

    private static final Pattern URL_WITH_QUERY = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s?#]+\\?\\S+");

    private static final Pattern EMAIL = Pattern.compile("(?i)\\b[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}\\b");

    private static final String ISO_TIME = "(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?";

    private static final String ORDINAL = "(?:st|nd|rd|th)?";

    private static final List<Pattern> DATES = List.of(
            Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}" + ISO_TIME + "\\b"),
            Pattern.compile("\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})\\b"),
            Pattern.compile("(?iu)\\b\\d{1,2}º?\\s+de\\s+(?:" + MONTHS_ES + ")(?:\\s+(?:de|del)\\s+\\d{4})?\\b"),
            Pattern.compile("(?i)\\b(?:" + MONTHS_EN + ")\\.?\\s+\\d{1,2}" + ORDINAL + "(?:,?\\s+\\d{4})?\\b"),
            Pattern.compile(
                    "(?i)\\b\\d{1,2}" + ORDINAL + "\\s+(?:of\\s+)?(?:" + MONTHS_EN + ")\\.?(?:,?\\s+\\d{4})?\\b"));

    /**
     * Digit groups, optionally after a country code or an area code in brackets, not followed by a unit
     * ("2000 2500 3000 kcal" is a list of quantities); the digits are counted afterwards.
     */
    private static final Pattern PHONE_CANDIDATE = Pattern.compile("(?<![\\w+/.,-])(?:\\+\\d{1,3}[\\s.-]?)?"
            + "(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d{2,15}(?:[\\s.-]\\d{2,8}){0,5}(?![\\w/]|[.,-]\\d)"
            + "(?!\\s*(?:kcal|cal|mg|g|kg|ml|l|km|m|h|min|steps|pasos|minutes|minutos|hours|horas)\\b)");

    private static final int MIN_PHONE_DIGITS = 9;

    private static final int MAX_PHONE_DIGITS = 15;

    private static final Pattern NAME = Pattern.compile(
            "(?iu)\\b(my name is|my name's|i am called|i'm called|me llamo|mi nombre es)\\s+"
                    + "(?!(?:not|a|an|the|no|un|una|el|la|what|que|qué)\\b)(\\p{L}[\\p{L}'’-]*)((?-i:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})");

    /** A word that every {@link #NAME} phrase contains. */
    private static final List<String> NAME_HINTS = List.of("name", "called", "llamo", "nombre");

    /**
     * Each pattern runs only when the text holds what every one of its matches needs (a URL's scheme or
     * {@code www.}, an {@code @}, an ASCII digit, a name phrase's key word): most text holds none of them, and
     * scanning it with every pattern was a twentieth of the advice path under load.
     */
    public String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String scrubbed = text;
        if (lower.contains("://") || lower.contains("www.")) {
            scrubbed = URL_WITH_QUERY.matcher(scrubbed).replaceAll("[url]");
        }
        if (text.indexOf('@') >= 0) {
            scrubbed = EMAIL.matcher(scrubbed).replaceAll("[email]");
        }
        if (hasAsciiDigit(text)) {
            for (Pattern date : DATES) {
                scrubbed = date.matcher(scrubbed).replaceAll("[date]");
            }
            scrubbed = PHONE_CANDIDATE.matcher(scrubbed).replaceAll(PiiScrubber::phoneOrSame);
        }
        if (NAME_HINTS.stream().anyMatch(lower::contains)) {
            scrubbed = NAME.matcher(scrubbed).replaceAll(m -> Matcher.quoteReplacement(m.group(1)) + " [name]");
        }
        return scrubbed;
    }

    /** Every date and phone pattern needs one: {@code \d} without the Unicode flag is {@code [0-9]}. */
    private static boolean hasAsciiDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A copy with every string inside (nested maps and lists included) scrubbed; keys are kept. */
    public Map<String, Object> scrub(Map<String, Object> values) {
        if (values == null) {
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((key, value) -> copy.put(key, scrubValue(value)));
        return Collections.unmodifiableMap(copy);
    }

    private Object scrubValue(Object value) {
        if (value instanceof String text) {
            return scrub(text);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, inner) -> copy.put(key, scrubValue(inner)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(scrubValue(item)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    private static String phoneOrSame(MatchResult match) {
        String candidate = match.group();
        long digits = candidate.chars().filter(Character::isDigit).count();
        boolean phone = digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS;
        return Matcher.quoteReplacement(phone ? "[phone]" : candidate);
    }
}
