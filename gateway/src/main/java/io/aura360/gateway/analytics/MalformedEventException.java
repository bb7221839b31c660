package io.aura360.gateway.analytics;

/** An event the analytics cannot read: it is dead-lettered at once, as reading it again cannot help. */
final class MalformedEventException extends RuntimeException {

    MalformedEventException(String reason) {
        super(reason);
    }
}
