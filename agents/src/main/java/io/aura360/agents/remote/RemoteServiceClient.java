package io.aura360.agents.remote;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import io.aura360.contracts.ServiceKeys;

/**
 * A JSON client for another AURA360 service: its base URL, the service key, bounded connect and read times. Built
 * from the application's {@link RestClient.Builder}, so calls are observed and carry the W3C {@code traceparent}.
 */
final class RemoteServiceClient {

	private RemoteServiceClient() {
	}

	static RestClient create(RestClient.Builder builder, String baseUrl, String serviceKey, Duration timeout) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(timeout);
		return builder.clone()
			.baseUrl(baseUrl)
			.requestFactory(requests)
			.defaultHeader(ServiceKeys.HEADER, serviceKey)
			.build();
	}

}
