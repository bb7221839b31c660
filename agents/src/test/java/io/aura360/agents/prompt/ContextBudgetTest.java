package io.aura360.agents.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class ContextBudgetTest {

    private static final String REQUEST = "how can I sleep better";

    @Test
    void leavesAContextThatFitsUntouched() {
        Map<String, Object> context = context(2, 1, 1, 20);

        assertThat(new ContextBudget(ContextBudget.DEFAULT_CHARS).fit(context, REQUEST))
                .isEqualTo(context);
    }

    @Test
    void dropsTheOldestConversationTurnsFirst() {
        Map<String, Object> context = context(6, 3, 5, 400);
        int withoutTwoTurns =
                PromptData.render(without(context, "conversation", 2), REQUEST).length();

        Map<String, Object> fitted = new ContextBudget(withoutTwoTurns).fit(context, REQUEST);

        assertThat(fitted.get("conversation"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly(turn(2, 400), turn(3, 400), turn(4, 400), turn(5, 400));
        assertThat(fitted.get("recent_responses")).isEqualTo(context.get("recent_responses"));
        assertThat(fitted.get("habits")).isEqualTo(context.get("habits"));
        assertThat(PromptData.render(fitted, REQUEST).length()).isLessThanOrEqualTo(withoutTwoTurns);
    }

    @Test
    void thenTheOldestRecentResponsesThenTheOldestHabits() {
        Map<String, Object> context = context(6, 3, 5, 400);
        Map<String, Object> smaller = new HashMap<>(context);
        smaller.put("conversation", List.of());
        smaller.put("recent_responses", List.of());
        smaller.put("habits", List.of(habit(0, 400), habit(1, 400)));
        int budget = PromptData.render(smaller, REQUEST).length();

        Map<String, Object> fitted = new ContextBudget(budget).fit(context, REQUEST);

        assertThat(fitted.get("conversation")).isEqualTo(List.of());
        assertThat(fitted.get("recent_responses")).isEqualTo(List.of());
        assertThat(fitted.get("habits"))
                .as("habits come newest first, so the newest two stay")
                .isEqualTo(List.of(habit(0, 400), habit(1, 400)));
        assertThat(PromptData.render(fitted, REQUEST).length()).isLessThanOrEqualTo(budget);
    }

    @Test
    void neverCutsWhatTheEdgeAlreadyBounds() {
        Map<String, Object> context = Map.of("preferences", Map.of("notes", "x".repeat(3_000)), "habits", List.of());

        Map<String, Object> fitted = new ContextBudget(1_000).fit(context, REQUEST);

        assertThat(fitted).isEqualTo(context);
    }

    @Test
    void refusesABudgetTooSmallForAnyContext() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ContextBudget(10));
    }

    private static Map<String, Object> context(int turns, int responses, int habits, int length) {
        Map<String, Object> context = new HashMap<>();
        context.put("query", REQUEST);
        context.put(
                "conversation",
                IntStream.range(0, turns).mapToObj(i -> turn(i, length)).toList());
        context.put(
                "recent_responses",
                IntStream.range(0, responses).mapToObj(i -> "mind: answer " + i).toList());
        context.put(
                "habits",
                IntStream.range(0, habits).mapToObj(i -> habit(i, length)).toList());
        return context;
    }

    private static Map<String, Object> without(Map<String, Object> context, String key, int oldest) {
        Map<String, Object> copy = new HashMap<>(context);
        List<?> list = (List<?>) context.get(key);
        copy.put(key, list.subList(oldest, list.size()));
        return copy;
    }

    private static String turn(int i, int length) {
        return "user: turn " + i + " " + "z".repeat(length);
    }

    private static Map<String, Object> habit(int i, int length) {
        return Map.of("habit_type", "sleep", "description", "habit " + i + " " + "h".repeat(length));
    }
}
