package io.aura360.app;

import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AdviceAgents;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes the real agents slow on demand: while the gate is held, every run waits at it before the real pipeline
 * runs, like a model that has not answered yet. Open by default, so other tests see the agents unchanged. While
 * {@link #cutOff() cut off}, runs fail as the HTTP adapter fails when the agents service is unreachable; it can
 * also make the next erasure meet an unreachable agents service.
 */
class AgentGate implements BeanPostProcessor {

    private volatile CountDownLatch gate = new CountDownLatch(0);

    private final AtomicInteger waiting = new AtomicInteger();

    private final AtomicBoolean unreachableForErasure = new AtomicBoolean();

    /** While set, every run fails (recoverable) with this type, as the HTTP adapter fails. */
    private volatile ErrorType failing;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return (bean instanceof AdviceAgents agents) ? new GatedAgents(agents) : bean;
    }

    /** The next {@code forgetUser} fails as if the agents service were down, and reaches nothing. */
    void failNextErasure() {
        unreachableForErasure.set(true);
    }

    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        gate.countDown();
    }

    /**
     * Opens the gate and waits until none of the user's requests is still open, so no answer of this test lands
     * in the next one (its outbox event, its push).
     */
    void releaseAndSettle(JdbcClient jdbc, UUID user) {
        release();
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql(
                                        "select count(*) from holistic_requests where user_id = ? and status in ('PENDING', 'PROCESSING')")
                                .param(user)
                                .query(Long.class)
                                .single()
                        == 0);
    }

    /** Every run fails as recoverable and unreachable until {@link #reconnect()}. */
    void cutOff() {
        failing = ErrorType.AGENTS_UNAVAILABLE;
    }

    /** Every run fails as the HTTP adapter's timeout does until {@link #reconnect()}. */
    void timeOut() {
        failing = ErrorType.AGENTS_TIMEOUT;
    }

    void reconnect() {
        failing = null;
    }

    /** How many runs are waiting at the gate now. */
    int waiting() {
        return waiting.get();
    }

    /** The real agents behind the gate; erasure is not held back, only runs are. */
    private final class GatedAgents implements AdviceAgents {

        private final AdviceAgents agents;

        GatedAgents(AdviceAgents agents) {
            this.agents = agents;
        }

        @Override
        public AgentRunResult run(AgentRunRequest request) {
            passGate();
            ErrorType failure = failing;
            if (failure == ErrorType.AGENTS_TIMEOUT) {
                throw new AgentRunException(failure, true, "the agents service did not answer in time (test)", null);
            }
            if (failure != null) {
                throw new AgentRunException(failure, true, "the agents service is unreachable (test)", null);
            }
            return agents.run(request);
        }

        @Override
        public void forgetUser(UUID userId) {
            if (unreachableForErasure.getAndSet(false)) {
                throw new AgentRunException(
                        ErrorType.AGENTS_UNAVAILABLE, true, "the agents service is unreachable", null);
            }
            agents.forgetUser(userId);
        }
    }

    private void passGate() {
        waiting.incrementAndGet();
        try {
            if (!gate.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the test never released the agent gate");
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        } finally {
            waiting.decrementAndGet();
        }
    }
}
