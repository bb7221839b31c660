package io.aura360.platform;

import io.aura360.contracts.ServiceKeys;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The key services present to each other ({@code AURA_SERVICE_KEY}). Unset, a service accepts no internal call
 * (see {@link ServiceKeyFilter}) and cannot call another one.
 */
@ConfigurationProperties("aura")
public record ServiceKeyProperties(@DefaultValue("") String serviceKey) {

    /** The key for calling another service; refuses to start without one long enough to be a secret. */
    public String forCalls() {
        if (serviceKey == null || serviceKey.length() < ServiceKeys.MIN_LENGTH) {
            throw new IllegalArgumentException("AURA_SERVICE_KEY must be set (at least " + ServiceKeys.MIN_LENGTH
                    + " characters) to call other services");
        }
        return serviceKey;
    }

    @Override
    public String toString() {
        return "ServiceKeyProperties[serviceKey=" + (serviceKey.isEmpty() ? "" : "***") + "]";
    }
}
