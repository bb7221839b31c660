package io.aura360.gateway.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsyncHandoffTest {

    @Test
    void whenTheWorkFinishesFirstTheWaitingClientGetsTheAnswerAndNoPush() {
        AsyncHandoff handoff = AsyncHandoff.awaited();

        assertThat(handoff.finishWithoutClient()).isFalse();
        assertThat(handoff.clientLeaves())
                .as("too late to leave: the answer is there")
                .isFalse();
    }

    @Test
    void whenTheClientLeavesFirstTheFinishedWorkMustBeAnnounced() {
        AsyncHandoff handoff = AsyncHandoff.awaited();

        assertThat(handoff.clientLeaves()).isTrue();
        assertThat(handoff.finishWithoutClient()).isTrue();
    }

    @Test
    void resumedWorkHasNoWaitingClient() {
        assertThat(AsyncHandoff.detached().finishWithoutClient()).isTrue();
    }
}
