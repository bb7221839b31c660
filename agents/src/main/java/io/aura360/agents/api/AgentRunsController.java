package io.aura360.agents.api;

import io.aura360.contracts.DeadlineHeader;
import io.aura360.contracts.agents.AdviceAgents;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /agents/v1/runs}: the agents service over HTTP (service key required, see
 * {@link AgentsApiConfiguration}). A failed run is a problem carrying its stable {@code error_type} and whether
 * a retry may help: 503 when recoverable, 422 when not. The run ends by the earlier of the body's {@code deadline}
 * and the caller's remaining budget in {@link DeadlineHeader#HEADER} (read on this host's clock).
 */
@RestController
@RequestMapping(path = "/agents/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class AgentRunsController {

    public static final URI FAILURE_TYPE = URI.create("https://aura360.io/problems/agent-run-failed");

    private final AdviceAgents agents;

    private final Clock clock;

    public AgentRunsController(AdviceAgents agents, Clock clock) {
        this.agents = agents;
        this.clock = clock;
    }

    @PostMapping(path = "/runs", consumes = MediaType.APPLICATION_JSON_VALUE)
    AgentRunResult run(
            @RequestBody AgentRunRequest request,
            @RequestHeader(name = DeadlineHeader.HEADER, required = false) String budget) {
        Instant deadline = DeadlineHeader.earliest(request.deadline(), DeadlineHeader.deadline(budget, clock));
        return agents.run(request.withDeadline(deadline));
    }

    @ExceptionHandler(AgentRunException.class)
    ResponseEntity<ProblemDetail> failed(AgentRunException ex) {
        HttpStatus status = ex.recoverable() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "The agent run failed.");
        problem.setType(FAILURE_TYPE);
        problem.setTitle("Agent run failed");
        problem.setProperty("error_type", ex.errorType().name());
        problem.setProperty("recoverable", ex.recoverable());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
