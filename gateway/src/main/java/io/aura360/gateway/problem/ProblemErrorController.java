package io.aura360.gateway.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors raised outside Spring MVC (the container's {@code sendError}, a path the firewall rejects) answer with
 * the same problems as the rest of the API instead of Boot's {@code {"timestamp", "error"}} body or Tomcat's HTML.
 */
@RestController
class ProblemErrorController implements ErrorController, RequestRejectedHandler {

    private final JsonMapper json;

    ProblemErrorController(JsonMapper json) {
        this.json = json;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = (code instanceof Integer value) ? value : 500;
        ProblemType type = ProblemType.forStatus(status);
        ProblemDetail problem = Problems.of(type, type.title() + ".", request);
        return ResponseEntity.status(type.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A path Spring Security's firewall refuses (encoded slashes, control characters) is a malformed request. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex)
            throws IOException {
        ProblemDetail problem =
                Problems.of(ProblemType.MALFORMED_REQUEST, "The request path or headers are not acceptable.", request);
        response.setStatus(ProblemType.MALFORMED_REQUEST.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
