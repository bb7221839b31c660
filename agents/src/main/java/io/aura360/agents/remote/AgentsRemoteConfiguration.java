package io.aura360.agents.remote;

import io.aura360.contracts.ServiceKeys;
import io.aura360.contracts.agents.AgentProfileDirectory;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.FallbackEvidence;
import io.aura360.platform.ClientTlsProperties;
import io.aura360.platform.ServiceKeyProperties;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * When the agents service runs alone: the vector service at {@code AURA_VECTOR_URL} and the agent profiles and
 * fallback evidence at {@code AURA_GATEWAY_URL}, all reached with {@code AURA_SERVICE_KEY} and, when
 * {@code aura.tls.bundle} names an SSL bundle, with that bundle's client certificate (mTLS).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RemoteVectorProperties.class, ServiceKeyProperties.class, ClientTlsProperties.class})
public class AgentsRemoteConfiguration {

    @Bean
    @ConditionalOnProperty("aura.vector.url")
    EvidenceSearch httpEvidenceSearch(
            RemoteVectorProperties vector,
            ServiceKeyProperties serviceKey,
            ClientTlsProperties tls,
            SslBundles bundles,
            Clock clock,
            RestClient.Builder restClients) {
        return HttpEvidenceSearch.create(
                restClients, vector.url(), serviceKey.forCalls(), vector.timeout(), tls.sslContext(bundles), clock);
    }

    @Bean
    @ConditionalOnProperty("aura.gateway.url")
    AgentProfileDirectory httpAgentProfileDirectory(
            @Value("${aura.gateway.url}") String url,
            @Value("${aura.service-key}") String key,
            @Value("${aura.tls.bundle:}") String bundle,
            SslBundles bundles,
            RestClient.Builder restClients) {
        return new HttpAgentProfileDirectory(gateway(restClients, url, key, bundle, bundles));
    }

    @Bean
    @ConditionalOnProperty("aura.gateway.url")
    FallbackEvidence httpFallbackEvidence(
            @Value("${aura.gateway.url}") String url,
            @Value("${aura.service-key}") String key,
            @Value("${aura.tls.bundle:}") String bundle,
            SslBundles bundles,
            RestClient.Builder restClients) {
        return new HttpFallbackEvidence(gateway(restClients, url, key, bundle, bundles));
    }

    private static RestClient gateway(
            RestClient.Builder restClients, String url, String key, String bundle, SslBundles bundles) {
        return RemoteServiceClient.create(
                        restClients, url, requireKey(key), Duration.ofSeconds(3), ssl(bundle, bundles))
                .client();
    }

    /** The named bundle's key and trust material, or null (JDK defaults) when mTLS is not configured. */
    static SSLContext ssl(String bundle, SslBundles bundles) {
        return (bundle == null || bundle.isBlank())
                ? null
                : bundles.getBundle(bundle).createSslContext();
    }

    static String requireKey(String key) {
        if (key == null || key.length() < ServiceKeys.MIN_LENGTH) {
            throw new IllegalArgumentException("AURA_SERVICE_KEY must be set (at least " + ServiceKeys.MIN_LENGTH
                    + " characters) to call other services");
        }
        return key;
    }
}
