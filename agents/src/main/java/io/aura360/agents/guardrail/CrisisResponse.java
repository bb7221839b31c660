package io.aura360.agents.guardrail;

import java.util.List;

/**
 * What a person at risk is shown instead of advice: a short safe message and the services to contact.
 * Fixed, reviewed text only; nothing in it is generated.
 */
public record CrisisResponse(String title, String message, List<Resource> resources) {

    public CrisisResponse {
        resources = List.copyOf(resources);
    }

    /** A service to contact; {@code url} is a web page or a {@code tel:} link a client can open directly. */
    public record Resource(String name, String contact, String url) {}
}
