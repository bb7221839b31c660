package io.aura360.platform;

import io.aura360.contracts.telemetry.UserPseudonyms;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The key under which users appear in traces ({@code AURA_PSEUDONYM_KEY}); unset, one is derived from
 * {@code AURA_SERVICE_KEY}, and without either a random key is drawn at start (pseudonyms then differ per process).
 */
@ConfigurationProperties("aura")
public record PseudonymProperties(@DefaultValue("") String pseudonymKey) {

    public UserPseudonyms pseudonyms(ServiceKeyProperties serviceKey) {
        return UserPseudonyms.keyedBy(pseudonymKey, serviceKey.serviceKey());
    }

    @Override
    public String toString() {
        return "PseudonymProperties[pseudonymKey=" + (pseudonymKey.isEmpty() ? "" : "***") + "]";
    }
}
