package io.aura360.gateway.request;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import io.aura360.gateway.security.Caller;
import io.aura360.gateway.trace.TraceIds;

/** {@code /api/v1/holistic}: ask for advice and read a request back. */
@RestController
@RequestMapping(path = "/api/v1/holistic", produces = MediaType.APPLICATION_JSON_VALUE)
class AdviceController {

	private final AdviceService advice;

	AdviceController(AdviceService advice) {
		this.advice = advice;
	}

	@PostMapping(path = "/advice", consumes = MediaType.APPLICATION_JSON_VALUE)
	AdviceEnvelope advise(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody AdviceRequestBody body,
			HttpServletRequest request) {
		return advice.advise(Caller.of(jwt), AdviceCommand.from(body), TraceIds.of(request));
	}

	@GetMapping("/requests/{id}")
	AdviceEnvelope request(@AuthenticationPrincipal Jwt jwt, @PathVariable("id") String id) {
		return advice.find(Caller.of(jwt), parseId(id));
	}

	private static UUID parseId(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ApiProblemException(ProblemType.NOT_FOUND, "No such request.");
		}
	}

}
