package io.aura360.gateway.problem;

import java.util.Map;

/**
 * A failure the client is told about as a problem of {@link ProblemType}. {@code detail} is shown to the client,
 * so it never carries internals; {@code properties} become extra members of the problem.
 */
public class ApiProblemException extends RuntimeException {

    private final ProblemType type;

    private final transient Map<String, Object> properties;

    public ApiProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ApiProblemException(ProblemType type, String detail, Map<String, Object> properties) {
        super(detail);
        this.type = type;
        this.properties = Map.copyOf(properties);
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** Response headers that belong to this problem; a subclass adds them (none by default). */
    public Map<String, String> headers() {
        return Map.of();
    }
}
