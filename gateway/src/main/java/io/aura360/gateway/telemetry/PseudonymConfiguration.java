package io.aura360.gateway.telemetry;

import io.aura360.contracts.telemetry.UserPseudonyms;
import io.aura360.platform.PseudonymProperties;
import io.aura360.platform.ServiceKeyProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The key under which users appear in traces; shared with the agents when both run in one process. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PseudonymProperties.class, ServiceKeyProperties.class})
class PseudonymConfiguration {

    @Bean
    @ConditionalOnMissingBean
    UserPseudonyms userPseudonyms(PseudonymProperties pseudonym, ServiceKeyProperties serviceKey) {
        return pseudonym.pseudonyms(serviceKey);
    }
}
