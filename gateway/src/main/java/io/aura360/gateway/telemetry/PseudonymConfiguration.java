package io.aura360.gateway.telemetry;

import io.aura360.contracts.telemetry.UserPseudonyms;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The key under which users appear in traces; shared with the agents when both run in one process. */
@Configuration(proxyBeanMethods = false)
class PseudonymConfiguration {

    @Bean
    @ConditionalOnMissingBean
    UserPseudonyms userPseudonyms(
            @Value("${aura.pseudonym-key:}") String pseudonymKey, @Value("${aura.service-key:}") String serviceKey) {
        return UserPseudonyms.keyedBy(pseudonymKey, serviceKey);
    }
}
