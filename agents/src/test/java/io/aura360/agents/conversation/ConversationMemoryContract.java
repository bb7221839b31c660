package io.aura360.agents.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.agents.conversation.ConversationMemory.Turn;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    /**
     * One adapter instance serves every request thread: appends to different sessions at the same time must neither
     * fail nor lose, reorder or mix turns (a MULTI/EXEC block on a shared Redis connection does all of these).
     */
    @Test
    void keepsFiftySessionsIntactWhenTheyAreWrittenInParallel() throws Exception {
        ConversationMemory memory = memory();
        int sessions = 50;
        int turns = 4;
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(sessions)) {
            List<CompletableFuture<Void>> writers = IntStream.range(0, sessions)
                    .mapToObj(s -> CompletableFuture.runAsync(
                            () -> {
                                awaitQuietly(start);
                                for (int t = 0; t < turns; t++) {
                                    memory.append(user, "parallel-" + s, new Turn("user", s + "/" + t));
                                }
                            },
                            threads))
                    .toList();
            start.countDown();
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).join();
        }

        for (int s = 0; s < sessions; s++) {
            int session = s;
            assertThat(memory.recent(user, "parallel-" + s))
                    .containsExactlyElementsOf(IntStream.range(0, turns)
                            .mapToObj(t -> new Turn("user", session + "/" + t))
                            .toList());
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
