package io.aura360.agents.api;

import io.aura360.contracts.agents.AdviceAgents;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code DELETE /agents/v1/users/{userId}/memory}: forgets the user's conversation memory when the gateway erases
 * the user (service key required, see {@link AgentsApiConfiguration}). 204 whether or not anything was kept, so
 * the gateway may repeat it; an id that is not a UUID is a 400 problem.
 */
@RestController
@RequestMapping(path = "/agents/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
public class UserMemoryController {

    static final URI MALFORMED_TYPE = URI.create("https://aura360.io/problems/malformed-request");

    private final AdviceAgents agents;

    public UserMemoryController(AdviceAgents agents) {
        this.agents = agents;
    }

    @DeleteMapping("/{userId}/memory")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void forget(@PathVariable UUID userId) {
        agents.forgetUser(userId);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> notAUserId() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The user id must be a UUID.");
        problem.setType(MALFORMED_TYPE);
        problem.setTitle("Malformed request");
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
