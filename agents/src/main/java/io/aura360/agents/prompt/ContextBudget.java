package io.aura360.agents.prompt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a prompt's data block ({@link PromptData}) within a number of characters by dropping the oldest items
 * of the lists that only add background: conversation turns first (kept oldest first, so the front goes), then
 * recent responses, then habits (both sent newest first, so the back goes). Everything else in the context is
 * bounded where it enters the system (the gateway's request and profile limits), so it is never cut here; a
 * context still over budget once those lists are empty goes as it is.
 */
public final class ContextBudget {

    /** Room for a full context at the gateway's limits, with the lists trimmed only when they grow long. */
    public static final int DEFAULT_CHARS = 16_000;

    private static final int MIN_CHARS = 1_000;

    private static final List<Trim> OLDEST_FIRST =
            List.of(new Trim("conversation", true), new Trim("recent_responses", false), new Trim("habits", false));

    private final int maxChars;

    public ContextBudget(int maxChars) {
        if (maxChars < MIN_CHARS) {
            throw new IllegalArgumentException("the prompt context budget must be at least " + MIN_CHARS + " chars");
        }
        this.maxChars = maxChars;
    }

    public int maxChars() {
        return maxChars;
    }

    /** A copy of {@code context} whose data block, with {@code request}, fits the budget as far as trimming can. */
    public Map<String, Object> fit(Map<String, Object> context, String request) {
        Map<String, Object> fitted = new LinkedHashMap<>(context);
        for (Trim trim : OLDEST_FIRST) {
            while (PromptData.render(fitted, request).length() > maxChars && trim.dropOldest(fitted)) {
                // one item per pass: the smallest cut that fits
            }
        }
        return fitted;
    }

    /** One trimmable list and which end of it holds the oldest item. */
    private record Trim(String key, boolean oldestAtFront) {

        boolean dropOldest(Map<String, Object> context) {
            if (!(context.get(key) instanceof List<?> list) || list.isEmpty()) {
                return false;
            }
            List<Object> shorter = new ArrayList<>(list);
            shorter.remove(oldestAtFront ? 0 : shorter.size() - 1);
            context.put(key, Collections.unmodifiableList(shorter));
            return true;
        }
    }
}
