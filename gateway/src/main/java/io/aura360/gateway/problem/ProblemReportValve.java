package io.aura360.gateway.problem;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;

/**
 * Tomcat answers some requests before Spring sees them: a path with {@code %00} or {@code %5C} is refused while
 * it is parsed, so no servlet (and no {@code /error} page) runs and the host's error report valve writes the body.
 * This one writes the API's problem instead of Tomcat's HTML page: type, title and status only, since nothing of
 * the refused request is trustworthy enough to repeat.
 */
final class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // An answer Spring already wrote (the /error page ran) or a success stays as it is.
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        ProblemType type = ProblemType.forStatus(status);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body(type));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ex) {
            // The client is gone or the response was committed meanwhile: nothing left to tell it.
        }
    }

    /** The fields are constants of {@link ProblemType} (no quotes or escapes), so no JSON writer is needed. */
    static String body(ProblemType type) {
        return "{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\",\"status\":"
                + type.status().value() + "}";
    }
}
