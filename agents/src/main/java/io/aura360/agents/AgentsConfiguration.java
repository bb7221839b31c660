package io.aura360.agents;

import dev.langchain4j.model.chat.ChatModel;
import io.aura360.agents.api.AgentsApiConfiguration;
import io.aura360.agents.conversation.ConversationMemory;
import io.aura360.agents.conversation.InMemoryConversationMemory;
import io.aura360.agents.conversation.RedisConversationMemory;
import io.aura360.agents.guardrail.CrisisDetector;
import io.aura360.agents.model.AdviceModel;
import io.aura360.agents.model.ChatModelSafetyClassifier;
import io.aura360.agents.model.ChatModels;
import io.aura360.agents.model.LocalEmbeddings;
import io.aura360.agents.model.ModelEndpoint;
import io.aura360.agents.model.OfflineAdviceModel;
import io.aura360.agents.pipeline.AdviceModels;
import io.aura360.agents.pipeline.AgentPipeline;
import io.aura360.agents.remote.AgentsRemoteConfiguration;
import io.aura360.agents.telemetry.ObservedAdviceModel;
import io.aura360.agents.telemetry.TracedAdviceAgents;
import io.aura360.contracts.agents.AdviceAgents;
import io.aura360.contracts.telemetry.UserPseudonyms;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.platform.PseudonymProperties;
import io.aura360.platform.ServiceKeyProperties;
import io.aura360.platform.breaker.CircuitBreakerConfiguration;
import io.aura360.platform.breaker.CircuitBreakers;
import io.aura360.platform.redis.RedisConfiguration;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Wires the agents service onto whatever {@link EvidenceSearch} exists (agent profiles and fallback evidence come
 * inside each run request): the offline composer always, a hosted model (retried within the deadline) when {@code AURA_LLM_PROVIDER} names one, and
 * conversation memory in Redis when {@code AURA_REDIS_URL} is set, in process otherwise.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    LlmProperties.class,
    PromptProperties.class,
    ConversationProperties.class,
    PseudonymProperties.class,
    ServiceKeyProperties.class
})
@Import({
    AgentsApiConfiguration.class,
    AgentsRemoteConfiguration.class,
    RedisConfiguration.class,
    CircuitBreakerConfiguration.class
})
public class AgentsConfiguration {

    /** A crisis screen may not hold a request up for long: past this, the offline layers' finding stands. */
    private static final Duration SAFETY_TIMEOUT = Duration.ofSeconds(2);

    /** Every model is observed: spans with the GenAI attributes, latency and token metrics. */
    @Bean
    public AdviceModels adviceModels(
            LlmProperties llm, Clock clock, Tracer tracer, MeterRegistry meters, CircuitBreakers breakers) {
        AdviceModel offline = new ObservedAdviceModel(new OfflineAdviceModel(), "offline", "offline", tracer, meters);
        if ("offline".equals(llm.provider())) {
            return AdviceModels.offlineOnly(offline);
        }
        ModelEndpoint endpoint = new ModelEndpoint(llm.baseUrl(), llm.apiKey(), llm.model(), llm.timeout());
        AdviceModel hosted = "gemini".equals(llm.provider())
                ? ChatModels.geminiAdvice(endpoint, clock, breakers)
                : ChatModels.openAiCompatibleAdvice(endpoint, clock, breakers);
        return new AdviceModels(
                offline, llm.provider(), new ObservedAdviceModel(hosted, llm.provider(), llm.model(), tracer, meters));
    }

    /** The key under which users appear in traces; shared with the gateway when both run in one process. */
    @Bean
    @ConditionalOnMissingBean
    UserPseudonyms userPseudonyms(PseudonymProperties pseudonym, ServiceKeyProperties serviceKey) {
        return pseudonym.pseudonyms(serviceKey);
    }

    @Bean
    ConversationMemory conversationMemory(
            ConversationProperties properties, ObjectProvider<StatefulRedisConnection<String, String>> redis) {
        StatefulRedisConnection<String, String> connection = redis.getIfAvailable();
        return (connection == null)
                ? new InMemoryConversationMemory(properties.conversationTtl())
                : new RedisConversationMemory(connection, properties.conversationTtl());
    }

    @Bean
    AdviceAgents adviceAgents(
            EvidenceSearch search,
            AdviceModels models,
            ConversationMemory conversations,
            Clock clock,
            Tracer tracer,
            UserPseudonyms pseudonyms,
            PromptProperties prompt,
            LlmProperties llm) {
        return new TracedAdviceAgents(
                new AgentPipeline(search, models, conversations, clock, prompt.budget(), crisisDetector(llm)),
                tracer,
                pseudonyms);
    }

    /**
     * The offline crisis layers always; a hosted safety classifier after them when a provider is configured, bounded
     * by a strict timeout, whose failure leaves the offline finding in place.
     */
    private static CrisisDetector crisisDetector(LlmProperties llm) {
        CrisisDetector offline = CrisisDetector.offline(LocalEmbeddings.bgeSmall());
        if ("offline".equals(llm.provider())) {
            return offline;
        }
        ModelEndpoint endpoint = new ModelEndpoint(llm.baseUrl(), llm.apiKey(), llm.model(), llm.timeout());
        ChatModel chat =
                "gemini".equals(llm.provider()) ? ChatModels.gemini(endpoint) : ChatModels.openAiCompatible(endpoint);
        return offline.withModel(new ChatModelSafetyClassifier(chat, SAFETY_TIMEOUT));
    }
}
