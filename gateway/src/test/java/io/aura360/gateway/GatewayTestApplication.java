package io.aura360.gateway;

import io.aura360.contracts.advice.AdvicePayload;
import io.aura360.contracts.agents.AdviceAgents;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The gateway alone, for tests of its HTTP behaviour on the real test database. The real agents are exercised by
 * app's end-to-end tests; here a stand-in answers every run at once with an empty payload for the request's user,
 * tier, locale and category, as the gateway handed them over.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(GatewayConfiguration.class)
class GatewayTestApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AdviceAgents echoAgents() {
        return new AdviceAgents() {
            @Override
            public AgentRunResult run(AgentRunRequest request) {
                return new AgentRunResult(
                        new AdvicePayload(
                                AdvicePayload.CURRENT_VERSION,
                                new AdvicePayload.PayloadUser(
                                        request.userId().toString(), request.tier(), request.locale()),
                                request.category(),
                                new AdvicePayload.Summary("test", "an answer of the gateway's test agents"),
                                List.of(),
                                List.of(),
                                List.of(),
                                new AdvicePayload.AgentDiagnostics("gateway-test", "0".repeat(64), List.of())),
                        List.of(),
                        false);
            }

            @Override
            public void forgetUser(UUID userId) {
                // the stand-in keeps nothing about anyone
            }
        };
    }
}
