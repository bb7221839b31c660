package io.aura360.gateway.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RunSlotsTest {

    @Test
    void runsBeyondTheSlotsWaitAndTakeTheirTurnInArrivalOrder() throws Exception {
        RunSlots slots = new RunSlots(1);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> first = threads.submit(() -> slots.run(() -> {
                holding.countDown();
                release.await();
                order.add("first");
                return "first";
            }));
            holding.await();
            Future<?> second = threads.submit(() -> slots.run(() -> order.add("second")));
            awaitWaiting(slots, 1);
            Future<?> third = threads.submit(() -> slots.run(() -> order.add("third")));
            awaitWaiting(slots, 2);

            assertThat(order)
                    .as("nothing ran beside the run holding the only slot")
                    .isEmpty();
            release.countDown();
            assertThat(first.get()).isEqualTo("first");
            second.get();
            third.get();
        }
        assertThat(order).containsExactly("first", "second", "third");
        assertThat(slots.waiting()).isZero();
    }

    @Test
    void aFailedRunFreesItsSlot() throws Exception {
        RunSlots slots = new RunSlots(1);

        assertThatIllegalStateException()
                .isThrownBy(() -> slots.run(() -> {
                    throw new IllegalStateException("agents down");
                }));

        assertThat(slots.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void zeroSlotsMeansNoLimit() throws Exception {
        RunSlots slots = new RunSlots(0);
        CountDownLatch bothInside = new CountDownLatch(2);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> a = threads.submit(() -> slots.run(() -> {
                bothInside.countDown();
                bothInside.await();
                return null;
            }));
            Future<?> b = threads.submit(() -> slots.run(() -> {
                bothInside.countDown();
                bothInside.await();
                return null;
            }));
            a.get();
            b.get();
        }
        assertThat(slots.waiting()).isZero();
    }

    @Test
    void aNegativeNumberOfRunsIsRefusedAtStart() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GatewayProperties(Duration.ofSeconds(12), Duration.ofSeconds(60), -1))
                .withMessageContaining("concurrent-runs");
        assertThat(new GatewayProperties(null, null, null).concurrentRuns()).isZero();
    }

    /** Until {@code count} runs queue for a slot (bounded: a run that never queues fails the test, not hangs it). */
    private static void awaitWaiting(RunSlots slots, int count) throws InterruptedException {
        for (int i = 0; i < 10_000 && slots.waiting() < count; i++) {
            Thread.sleep(1);
        }
        assertThat(slots.waiting()).isEqualTo(count);
    }
}
