package io.aura360.gateway.push;

import io.aura360.contracts.ErrorType;
import io.aura360.contracts.advice.RequestStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A finished request, as a device is told of it: ids and states only (like the webhook), so nothing personal
 * sits in the push provider's logs or on a lock screen.
 */
public record PushMessage(UUID requestId, RequestStatus status, boolean degraded, ErrorType errorType) {

    public static final String EVENT = "holistic.request.finished";

    /** The data fields; FCM requires every value to be a string. */
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("event", EVENT);
        data.put("request_id", requestId.toString());
        data.put("status", status.name());
        data.put("degraded", Boolean.toString(degraded));
        if (errorType != null) {
            data.put("error_type", errorType.name());
        }
        return data;
    }

    /** A neutral line for the notification tray. */
    public String title() {
        return "AURA360";
    }

    public String body() {
        return switch (status) {
            case COMPLETED -> "Your answer is ready.";
            case PENDING, PROCESSING, FAILED -> "Your request could not be finished.";
        };
    }
}
