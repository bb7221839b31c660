package io.aura360.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.aura360.agents.conversation.InMemoryConversationMemory;
import io.aura360.agents.model.OfflineAdviceModel;
import io.aura360.agents.pipeline.AdviceModels;
import io.aura360.agents.pipeline.AgentPipeline;
import io.aura360.contracts.Category;
import io.aura360.contracts.agents.AgentProfileDirectory;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.contracts.agents.UserContext;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.FallbackEvidence;
import io.aura360.contracts.vector.VectorServiceUnavailableException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * With the vector service down, the agents answer from the fallback evidence kept in PostgreSQL (warmed from the
 * knowledge base at start, refreshed by good answers), and say so; without any kept evidence they fail as
 * recoverable.
 */
class DegradedAnswerTest extends FullStackTest {

	private static final EvidenceSearch DOWN = request -> {
		throw new VectorServiceUnavailableException("vector service down (test)", null);
	};

	@Autowired
	FallbackEvidence fallback;

	@Autowired
	AgentProfileDirectory profiles;

	@Test
	void answersFromTheWarmedFallbackEvidenceAndFlagsTheAnswer() {
		AgentRunResult result = pipeline(fallback).run(request(Category.SOUL, "es"));

		assertThat(result.degraded()).isTrue();
		assertThat(result.payload().agentDiagnostics().safetyFlags()).contains("degraded_evidence");
		assertThat(result.payload().summary().message()).contains("fuentes guardadas");
		assertThat(result.payload().sources()).isNotEmpty()
			.allSatisfy(source -> assertThat(source.sourceId()).startsWith("soul-es-"));
		Set<String> sources = result.payload().sources().stream().map(s -> s.sourceId()).collect(Collectors.toSet());
		assertThat(result.payload().recommendations()).isNotEmpty()
			.allSatisfy(r -> assertThat(sources).containsAll(r.evidenceIds()));
		assertThat(result.agentRuns()).allSatisfy(run -> assertThat(run.vectorQueries().get(0).collectionName())
			.isEqualTo("fallback_evidence"));
	}

	@Test
	void failsAsRecoverableWhenNoEvidenceIsKept() {
		FallbackEvidence empty = new FallbackEvidence() {

			@Override
			public java.util.List<io.aura360.contracts.vector.EvidenceHit> recent(String category, String locale, int limit) {
				return java.util.List.of();
			}

			@Override
			public void remember(String category, String locale, java.util.List<io.aura360.contracts.vector.EvidenceHit> evidence) {
			}

		};

		assertThatExceptionOfType(AgentRunException.class).isThrownBy(() -> pipeline(empty).run(request(Category.MIND, "en")))
			.satisfies(ex -> {
				assertThat(ex.errorType()).isEqualTo("VECTOR_SERVICE_UNAVAILABLE");
				assertThat(ex.recoverable()).isTrue();
			});
	}

	@Test
	void goodAnswersRefreshTheFallbackEvidence() {
		UUID user = UUID.randomUUID();
		advice(user, token(user), "body", "{\"locale\": \"en\", \"message\": \"how much salt is too much\"}");

		assertThat(fallback.recent("body", "en", 30)).extracting(hit -> hit.docId()).anyMatch(id -> id.contains("salt"));
	}

	private AgentPipeline pipeline(FallbackEvidence evidence) {
		return new AgentPipeline(profiles, DOWN, AdviceModels.offlineOnly(new OfflineAdviceModel()),
				new InMemoryConversationMemory(Duration.ofMinutes(5)), Clock.systemUTC(), evidence);
	}

	private static AgentRunRequest request(Category category, String locale) {
		return new AgentRunRequest(UUID.randomUUID(), UUID.randomUUID(), category, locale, "free", null, null,
				UserContext.empty(), Instant.now().plusSeconds(10));
	}

}
