package io.aura360.gateway.agents;

import io.aura360.contracts.agents.AdviceAgents;
import io.aura360.platform.ClientTlsProperties;
import io.aura360.platform.ServiceKeyProperties;
import io.aura360.platform.breaker.CircuitBreakerConfiguration;
import io.aura360.platform.breaker.CircuitBreakers;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code AURA_AGENTS_URL} set, the gateway calls a separately deployed agents service, behind the {@code agents}
 * circuit breaker.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("aura.agents.url")
@EnableConfigurationProperties({RemoteAgentsProperties.class, ServiceKeyProperties.class, ClientTlsProperties.class})
@Import(CircuitBreakerConfiguration.class)
public class RemoteAgentsConfiguration {

    @Bean
    AdviceAgents httpAdviceAgents(
            RemoteAgentsProperties agents,
            ServiceKeyProperties serviceKey,
            JsonMapper json,
            Clock clock,
            RestClient.Builder restClients,
            ClientTlsProperties tls,
            SslBundles bundles,
            CircuitBreakers breakers) {
        // With an SSL bundle named, the gateway presents its certificate to an agents service that requires mTLS.
        return new GuardedAdviceAgents(
                new HttpAdviceAgents(
                        agents.url(), serviceKey.forCalls(), json, clock, restClients, tls.sslContext(bundles)),
                breakers.breaker("agents", GuardedAdviceAgents::isServiceFailure));
    }
}
