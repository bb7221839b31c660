package io.aura360.gateway.push;

/**
 * Sends one push notification to one device. An implementation retries transient failures (rate limits, server
 * errors, network errors) itself within its own bounds and reports the final {@link PushOutcome}; a delivery
 * failure is an outcome, never an exception. The message carries ids and states only, never advice or health
 * data: the app fetches those with the user's token.
 */
public interface PushNotifier {

    PushOutcome send(String deviceToken, PushMessage message);
}
