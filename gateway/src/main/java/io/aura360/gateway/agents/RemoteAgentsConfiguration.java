package io.aura360.gateway.agents;

import io.aura360.contracts.ServiceKeys;
import io.aura360.contracts.agents.AdviceAgents;
import java.net.URI;
import java.time.Clock;
import javax.net.ssl.SSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** With {@code AURA_AGENTS_URL} set, the gateway calls a separately deployed agents service. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("aura.agents.url")
public class RemoteAgentsConfiguration {

    @Bean
    AdviceAgents httpAdviceAgents(
            @Value("${aura.agents.url}") URI url,
            @Value("${aura.service-key:}") String key,
            JsonMapper json,
            Clock clock,
            RestClient.Builder restClients,
            @Value("${aura.tls.bundle:}") String bundle,
            SslBundles bundles) {
        if (key.length() < ServiceKeys.MIN_LENGTH) {
            throw new IllegalArgumentException("AURA_SERVICE_KEY must be set (at least " + ServiceKeys.MIN_LENGTH
                    + " characters) to call the agents service");
        }
        // With an SSL bundle named, the gateway presents its certificate to an agents service that requires mTLS.
        SSLContext ssl = bundle.isBlank() ? null : bundles.getBundle(bundle).createSslContext();
        return new HttpAdviceAgents(url, key, json, clock, restClients, ssl);
    }
}
