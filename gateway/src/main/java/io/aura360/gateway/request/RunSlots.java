package io.aura360.gateway.request;

import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/**
 * How many advice runs work at once ({@code aura.gateway.concurrent-runs}); the others wait their turn, first come
 * first served. Where the runs use the process's own CPU (all in one process: the agents' pipeline and the writes of
 * the completion), thirty-two runs sharing two cores each took thirty-two times as long and their slowest took much
 * longer still; a few at a time, each finishes in its own time and the rest queue: at 32 connections p99 197–256 ms
 * without a limit, 137–147 ms with two to four (docs/performance.md, part 16). Waiting counts against the client's
 * wait like the run itself, so a long queue answers {@code PROCESSING} rather than slowing everyone. Zero means no
 * limit: a gateway of its own mostly waits for the remote agents.
 */
final class RunSlots {

    private final Semaphore slots;

    /** {@code concurrentRuns} at once, or any number with 0 ({@link GatewayProperties} refuses a negative one). */
    RunSlots(int concurrentRuns) {
        this.slots = (concurrentRuns == 0) ? null : new Semaphore(concurrentRuns, true);
    }

    /** Runs {@code work} once a slot is free, and frees it afterwards whatever the outcome. */
    <T> T run(Callable<T> work) throws Exception {
        if (slots == null) {
            return work.call();
        }
        slots.acquire();
        try {
            return work.call();
        } finally {
            slots.release();
        }
    }

    /** Runs waiting for a slot now (an estimate: the metric {@code aura.advice.runs.waiting}). */
    int waiting() {
        return (slots == null) ? 0 : slots.getQueueLength();
    }
}
