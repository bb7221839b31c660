package io.aura360.agents.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.agents.conversation.ConversationMemory.Turn;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link ConversationMemory} adapter must do; each adapter's test extends this. */
abstract class ConversationMemoryContract {

    abstract ConversationMemory memory();

    private final UUID user = UUID.randomUUID();

    @Test
    void anUnknownSessionHasNoHistory() {
        assertThat(memory().recent(user, "nothing-here")).isEmpty();
    }

    @Test
    void returnsTurnsOldestFirst() {
        memory().append(user, "s1", new Turn("user", "I sleep badly"));
        memory().append(user, "s1", new Turn("assistant", "Your body plan"));

        assertThat(memory().recent(user, "s1"))
                .containsExactly(new Turn("user", "I sleep badly"), new Turn("assistant", "Your body plan"));
    }

    @Test
    void keepsOnlyTheLastTurns() {
        IntStream.range(0, ConversationMemory.MAX_TURNS + 4)
                .forEach(i -> memory().append(user, "long", new Turn("user", "turn " + i)));

        assertThat(memory().recent(user, "long"))
                .hasSize(ConversationMemory.MAX_TURNS)
                .first()
                .isEqualTo(new Turn("user", "turn 4"));
    }

    @Test
    void aSessionIdOfAnotherUserReadsNothing() {
        memory().append(user, "shared-id", new Turn("user", "private words"));

        assertThat(memory().recent(UUID.randomUUID(), "shared-id")).isEmpty();
    }

    @Test
    void keepsTabsAndNewlinesInsideATurn() {
        memory().append(user, "odd", new Turn("user", "a\tb\nc"));

        assertThat(memory().recent(user, "odd")).containsExactly(new Turn("user", "a\tb\nc"));
    }

    @Test
    void forgettingAUserDropsEverySessionOfTheirsAndNoOneElses() {
        UUID other = UUID.randomUUID();
        memory().append(user, "s1", new Turn("user", "mine"));
        memory().append(user, "s2", new Turn("user", "mine too"));
        memory().append(other, "s1", new Turn("user", "theirs"));
        // A session id shaped like the forgotten user's key must not make another user's session match.
        memory().append(other, user + ":s1", new Turn("user", "theirs, oddly named"));

        memory().forgetUser(user);

        assertThat(memory().recent(user, "s1")).isEmpty();
        assertThat(memory().recent(user, "s2")).isEmpty();
        assertThat(memory().recent(other, "s1")).containsExactly(new Turn("user", "theirs"));
        assertThat(memory().recent(other, user + ":s1")).containsExactly(new Turn("user", "theirs, oddly named"));
    }

    @Test
    void forgettingIsIdempotentAndTheUserCanStartAgain() {
        memory().append(user, "s1", new Turn("user", "before"));
        memory().forgetUser(user);
        memory().forgetUser(user);

        memory().append(user, "s1", new Turn("user", "after"));

        assertThat(memory().recent(user, "s1")).containsExactly(new Turn("user", "after"));
    }
}
