package io.aura360.gateway.request;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Settles the race between a worker finishing and its client giving up waiting: exactly one wins, so a client
 * either gets the answer in its response or is told of it later (push), never both or neither.
 */
final class AsyncHandoff {

    private enum State {
        WAITING,
        CLIENT_LEFT,
        FINISHED
    }

    private final AtomicReference<State> state;

    private AsyncHandoff(State initial) {
        this.state = new AtomicReference<>(initial);
    }

    /** A client is waiting for the answer. */
    static AsyncHandoff awaited() {
        return new AsyncHandoff(State.WAITING);
    }

    /** Nobody waits: the work was resumed in the background. */
    static AsyncHandoff detached() {
        return new AsyncHandoff(State.CLIENT_LEFT);
    }

    /** The client stops waiting; false when the work finished first and its answer can still be returned. */
    boolean clientLeaves() {
        return state.compareAndSet(State.WAITING, State.CLIENT_LEFT);
    }

    /** The work is done; true when the client had already left and must be told some other way. */
    boolean finishWithoutClient() {
        return !state.compareAndSet(State.WAITING, State.FINISHED);
    }
}
