package io.aura360.agents;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.aura360.agents.pipeline.AgentPipeline;
import io.aura360.contracts.agents.AdviceAgents;
import io.aura360.contracts.agents.AgentProfileDirectory;
import io.aura360.contracts.vector.EvidenceSearch;

/** Wires the agents service onto whatever {@link EvidenceSearch} and {@link AgentProfileDirectory} exist. */
@Configuration(proxyBeanMethods = false)
public class AgentsConfiguration {

	@Bean
	AdviceAgents adviceAgents(AgentProfileDirectory profiles, EvidenceSearch search, Clock clock) {
		return new AgentPipeline(profiles, search, clock);
	}

}
