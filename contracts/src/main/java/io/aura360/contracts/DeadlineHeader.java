package io.aura360.contracts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How a request's deadline travels between services: {@code X-Aura-Budget-Ms} carries the milliseconds left when
 * the call is sent. A relative budget (like gRPC's {@code grpc-timeout}) is immune to clock skew between hosts;
 * the receiver turns it back into a deadline on its own clock, so time spent in transit is never given back.
 */
public final class DeadlineHeader {

    public static final String HEADER = "X-Aura-Budget-Ms";

    private DeadlineHeader() {}

    /** The header value for a call sent now: the milliseconds left before {@code deadline}, never negative. */
    public static String budget(Instant deadline, Clock clock) {
        return Long.toString(
                Math.max(0, Duration.between(clock.instant(), deadline).toMillis()));
    }

    /** The deadline a received header value names on this host's clock; empty when absent or malformed. */
    public static Optional<Instant> deadline(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            long millis = Long.parseLong(header.strip());
            return (millis < 0) ? Optional.empty() : Optional.of(clock.instant().plusMillis(millis));
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    /** The earlier of a deadline from the body (absolute, set by the caller's clock) and one from the header. */
    public static Instant earliest(Instant fromBody, Optional<Instant> fromHeader) {
        if (fromHeader.isEmpty()) {
            return fromBody;
        }
        return (fromBody == null || fromHeader.get().isBefore(fromBody)) ? fromHeader.get() : fromBody;
    }
}
