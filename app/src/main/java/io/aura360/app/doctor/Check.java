package io.aura360.app.doctor;

/** One thing {@code ./aura360 doctor} verifies; it reports its failures as a {@link Finding}, never by throwing. */
public interface Check {

    String name();

    Finding run();
}
