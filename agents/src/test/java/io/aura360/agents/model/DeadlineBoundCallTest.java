package io.aura360.agents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.langchain4j.exception.HttpException;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DeadlineBoundCallTest {

    private final Clock clock = Clock.systemUTC();

    private final DeadlineBoundCall calls = new DeadlineBoundCall(clock);

    @Test
    void returnsWhatTheCallAnswersBeforeTheDeadline() {
        assertThat(calls.call(() -> "answer", clock.instant().plusSeconds(5))).isEqualTo("answer");
    }

    @Test
    void refusesToStartWhenTheDeadlineHasPassed() {
        AtomicBoolean started = new AtomicBoolean();

        AgentRunException failure = catchThrowableOfType(
                AgentRunException.class, () -> calls.call(() -> started.getAndSet(true), clock.instant()));

        assertThat(failure.errorType()).isEqualTo(ErrorType.MODEL_UNAVAILABLE);
        assertThat(failure.recoverable()).isTrue();
        assertThat(started).isFalse();
    }

    @Test
    void stopsWaitingAtTheDeadlineAndInterruptsTheCall() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        Instant deadline = clock.instant().plusMillis(200);
        long started = System.nanoTime();

        AgentRunException failure = catchThrowableOfType(
                AgentRunException.class,
                () -> calls.call(
                        () -> {
                            try {
                                Thread.sleep(Duration.ofSeconds(30));
                            } catch (InterruptedException ex) {
                                interrupted.countDown();
                            }
                            return "too late";
                        },
                        deadline));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(failure.errorType()).isEqualTo(ErrorType.MODEL_UNAVAILABLE);
        assertThat(failure.recoverable()).isTrue();
        assertThat(failure.getMessage()).contains("deadline");
        assertThat(interrupted.await(5, TimeUnit.SECONDS))
                .as("the abandoned call's thread is interrupted")
                .isTrue();
    }

    @Test
    void classifiesWhatTheCallThrows() {
        AgentRunException failure = catchThrowableOfType(
                AgentRunException.class,
                () -> calls.call(
                        () -> {
                            throw new HttpException(401, "{}");
                        },
                        clock.instant().plusSeconds(5)));

        assertThat(failure.errorType()).isEqualTo(ErrorType.MODEL_REJECTED);
        assertThat(failure.recoverable()).isFalse();
        assertThat(failure.getCause()).isInstanceOf(HttpException.class);
    }
}
