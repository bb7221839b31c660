package io.aura360.gateway.push;

/** How a push ended: delivered, the device token is no longer valid (forget it), or refused for another reason. */
public sealed interface PushOutcome {

    record Delivered(String messageId) implements PushOutcome {}

    record Unregistered() implements PushOutcome {}

    record Failed(int status, String reason) implements PushOutcome {}
}
