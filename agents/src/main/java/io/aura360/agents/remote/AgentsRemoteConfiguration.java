package io.aura360.agents.remote;

import io.aura360.contracts.ServiceKeys;
import io.aura360.contracts.vector.EvidenceSearch;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * When the agents service runs alone: the vector service at {@code AURA_VECTOR_URL}, reached with
 * {@code AURA_SERVICE_KEY} and, when {@code aura.tls.bundle} names an SSL bundle, with that bundle's client
 * certificate (mTLS). The agents call nothing else: the gateway sends the agent profiles and fallback evidence in
 * each run request.
 */
@Configuration(proxyBeanMethods = false)
public class AgentsRemoteConfiguration {

    @Bean
    @ConditionalOnProperty("aura.vector.url")
    EvidenceSearch httpEvidenceSearch(
            @Value("${aura.vector.url}") String url,
            @Value("${aura.service-key}") String key,
            @Value("${aura.vector.timeout:3s}") Duration timeout,
            @Value("${aura.tls.bundle:}") String bundle,
            SslBundles bundles,
            Clock clock,
            RestClient.Builder restClients) {
        return HttpEvidenceSearch.create(restClients, url, requireKey(key), timeout, ssl(bundle, bundles), clock);
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
