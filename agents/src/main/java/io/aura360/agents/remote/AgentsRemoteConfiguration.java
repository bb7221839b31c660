package io.aura360.agents.remote;

import io.aura360.contracts.vector.EvidenceSearch;
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

/**
 * When the agents service runs alone: the vector service at {@code AURA_VECTOR_URL}, reached with
 * {@code AURA_SERVICE_KEY} and, when {@code aura.tls.bundle} names an SSL bundle, with that bundle's client
 * certificate (mTLS), behind the {@code vector-search} circuit breaker. The agents call nothing else: the gateway sends the agent profiles and fallback evidence in
 * each run request.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RemoteVectorProperties.class, ServiceKeyProperties.class, ClientTlsProperties.class})
@Import(CircuitBreakerConfiguration.class)
public class AgentsRemoteConfiguration {

    @Bean
    @ConditionalOnProperty("aura.vector.url")
    EvidenceSearch httpEvidenceSearch(
            RemoteVectorProperties vector,
            ServiceKeyProperties serviceKey,
            ClientTlsProperties tls,
            SslBundles bundles,
            Clock clock,
            RestClient.Builder restClients,
            CircuitBreakers breakers) {
        return new GuardedEvidenceSearch(
                HttpEvidenceSearch.create(
                        restClients,
                        vector.url(),
                        serviceKey.forCalls(),
                        vector.timeout(),
                        tls.sslContext(bundles),
                        clock),
                breakers.breaker("vector-search", GuardedEvidenceSearch::isServiceFailure));
    }
}
