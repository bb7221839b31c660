package io.aura360.app;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A full-stack test of one user's advice requests, whose agents it can hold at the {@link AgentGate} to make the
 * answer late. After each test the gate is open again and the user's requests have ended, so no answer of one test
 * lands in the next (its outbox event, its push).
 */
abstract class GatedAdviceTest extends FullStackTest {

    @Autowired
    AgentGate agents;

    final UUID user = UUID.randomUUID();

    @AfterEach
    void openTheGate() {
        agents.releaseAndSettle(jdbc, user);
    }

    /** Asks for advice in {@code mind} as the test's user. */
    Response ask(String prefer) {
        return ask("mind", prefer);
    }

    Response ask(String category, String prefer) {
        return askAdvice(user, category, prefer);
    }
}
