package io.aura360.gateway;

import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AdviceAgents;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import java.time.Clock;
import java.util.UUID;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The gateway alone, for tests of its HTTP behaviour on the real test database. The agents are not served here
 * (app's end-to-end tests exercise the real ones): every call to them fails as an unreachable agents service would.
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
    AdviceAgents unreachableAgents() {
        return new AdviceAgents() {
            @Override
            public AgentRunResult run(AgentRunRequest request) {
                throw unreachable();
            }

            @Override
            public void forgetUser(UUID userId) {
                throw unreachable();
            }
        };
    }

    private static AgentRunException unreachable() {
        return new AgentRunException(ErrorType.AGENTS_UNAVAILABLE, true, "no agents in the gateway's tests", null);
    }
}
