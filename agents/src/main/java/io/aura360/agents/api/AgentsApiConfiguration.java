package io.aura360.agents.api;

import io.aura360.contracts.agents.AdviceAgents;
import io.aura360.platform.ServiceKeyFilter;
import io.aura360.platform.ServiceKeyProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The agents HTTP API, guarded by {@code AURA_SERVICE_KEY} (no key configured: every call is refused). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceKeyProperties.class)
public class AgentsApiConfiguration {

    @Bean
    AgentRunsController agentRunsController(AdviceAgents agents, Clock clock) {
        return new AgentRunsController(agents, clock);
    }

    @Bean
    UserMemoryController userMemoryController(AdviceAgents agents) {
        return new UserMemoryController(agents);
    }

    @Bean
    FilterRegistrationBean<ServiceKeyFilter> agentsServiceKeyFilter(ServiceKeyProperties properties) {
        FilterRegistrationBean<ServiceKeyFilter> registration =
                new FilterRegistrationBean<>(new ServiceKeyFilter(properties.serviceKey()));
        registration.addUrlPatterns("/agents/v1/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
