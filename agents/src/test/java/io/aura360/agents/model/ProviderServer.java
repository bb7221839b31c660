package io.aura360.agents.model;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Clock;
import java.time.Duration;

/** A WireMock server playing one {@link RecordedProvider}, and the advice model that talks to it. */
record ProviderServer(WireMockExtension server, RecordedProvider provider) {

    static final RetryingAdviceModel.Backoff FAST = new RetryingAdviceModel.Backoff(3, Duration.ofMillis(10), 2.0, 0.5);

    /** The adapter under test as production wires it: retried, deadline-bound, over the provider's chat model. */
    AdviceModel model(Duration httpTimeout, RetryingAdviceModel.Backoff backoff) {
        return modelAt(server.baseUrl() + provider.basePath(), httpTimeout, backoff);
    }

    AdviceModel model() {
        return model(Duration.ofSeconds(5), FAST);
    }

    AdviceModel modelAt(String baseUrl, Duration httpTimeout, RetryingAdviceModel.Backoff backoff) {
        Clock clock = Clock.systemUTC();
        return new RetryingAdviceModel(
                new LangChainAdviceModel(provider.chatModel(baseUrl, httpTimeout), provider + "/test", clock),
                clock,
                backoff);
    }

    MappingBuilder endpoint() {
        return post(urlPathEqualTo(provider.completionPath()));
    }

    RequestPatternBuilder requests() {
        return postRequestedFor(urlPathEqualTo(provider.completionPath()));
    }

    ResponseDefinitionBuilder answer(String kind) {
        return json(200, provider.answerBody(kind));
    }

    ResponseDefinitionBuilder error(int status) {
        return json(status, provider.errorBody(status));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(body);
    }

    void always(ResponseDefinitionBuilder response) {
        server.stubFor(endpoint().willReturn(response));
    }

    /** Serves {@code responses} one after the other; the last one repeats. */
    void inSequence(ResponseDefinitionBuilder... responses) {
        for (int i = 0; i < responses.length; i++) {
            String state = (i == 0) ? Scenario.STARTED : "call-" + i;
            ScenarioMappingBuilder stub = endpoint().inScenario("sequence").whenScenarioStateIs(state);
            if (i < responses.length - 1) {
                stub = stub.willSetStateTo("call-" + (i + 1));
            }
            server.stubFor(stub.willReturn(responses[i]));
        }
    }

    void verifyCalls(int count) {
        server.verify(count, requests());
    }

    void verifyCalls(int count, RequestPatternBuilder pattern) {
        server.verify(count, pattern);
    }
}
