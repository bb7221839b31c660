package io.aura360.agents.remote;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import io.aura360.contracts.vector.VectorQueryRejectedException;
import io.aura360.contracts.vector.VectorServiceUnavailableException;

/**
 * The vector service over HTTP ({@code POST /vector/v1/search} at {@code AURA_VECTOR_URL}). Down, slow or 5xx is
 * {@link VectorServiceUnavailableException} (the caller may degrade or retry); a refused query (4xx, e.g.
 * {@code DIMENSION_MISMATCH} or a wrong service key) is {@link VectorQueryRejectedException}.
 */
public final class HttpEvidenceSearch implements EvidenceSearch {

	private final RestClient client;

	public HttpEvidenceSearch(RestClient client) {
		this.client = client;
	}

	@Override
	public SearchResponse search(SearchRequest request) {
		try {
			return client.post().uri("/vector/v1/search").body(request).retrieve().body(SearchResponse.class);
		}
		catch (ResourceAccessException ex) {
			throw new VectorServiceUnavailableException("the vector service is unreachable or too slow", ex);
		}
		catch (RestClientResponseException ex) {
			HttpStatusCode status = ex.getStatusCode();
			if (status.is5xxServerError()) {
				throw new VectorServiceUnavailableException("the vector service answered " + status.value(), ex);
			}
			throw new VectorQueryRejectedException(errorType(ex), "the vector service refused the query (" + status.value() + ")", ex);
		}
	}

	private static String errorType(RestClientResponseException ex) {
		if (ex.getStatusCode().value() == 401) {
			return "VECTOR_SERVICE_KEY_REJECTED";
		}
		String body = ex.getResponseBodyAsString();
		return body.contains("DIMENSION_MISMATCH") ? "DIMENSION_MISMATCH" : "VECTOR_QUERY_REJECTED";
	}

}
