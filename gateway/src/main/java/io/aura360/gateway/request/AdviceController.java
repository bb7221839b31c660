package io.aura360.gateway.request;

import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import io.aura360.gateway.idempotency.IdempotentExecution;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import io.aura360.gateway.security.Caller;
import io.aura360.gateway.trace.TraceIds;

/** {@code /api/v1/holistic}: ask for advice and read a request back. */
@RestController
@RequestMapping(path = "/api/v1/holistic", produces = MediaType.APPLICATION_JSON_VALUE)
class AdviceController {

	private final AdviceService advice;

	private final IdempotentExecution idempotency;

	private final JsonMapper json;

	AdviceController(AdviceService advice, IdempotentExecution idempotency, JsonMapper json) {
		this.advice = advice;
		this.idempotency = idempotency;
		this.json = json;
	}

	@PostMapping(path = "/advice", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> advise(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody AdviceRequestBody body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			HttpServletRequest request) {
		Caller caller = Caller.of(jwt);
		AdviceCommand command = AdviceCommand.from(body);
		Supplier<String> work = () -> json.writeValueAsString(advice.advise(caller, command, TraceIds.of(request)));
		if (idempotencyKey == null) {
			return ok(work.get(), false);
		}
		IdempotentExecution.Outcome outcome = idempotency.execute(caller.userId(), idempotencyKey,
				json.writeValueAsString(body), work);
		return ok(outcome.json(), outcome.replayed());
	}

	private static ResponseEntity<String> ok(String envelope, boolean replayed) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
		if (replayed) {
			response.header("Idempotent-Replayed", "true");
		}
		return response.body(envelope);
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
