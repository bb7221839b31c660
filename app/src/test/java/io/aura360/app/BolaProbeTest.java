package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps has a broken object-level authorisation probe in one of the families
 * ({@link BolaProbes}). The endpoint list comes from Spring's own handler mapping, so a new endpoint fails
 * {@link #everyMappedEndpointHasAProbe} until a probe covers it; a family missing from {@link #FAMILIES} fails it too,
 * as its endpoints then count as unprobed.
 */
class BolaProbeTest extends FullStackTest {

    /** The probe families; only their probe keys are read here (the probes run in each family's own test). */
    private static final List<BolaProbes> FAMILIES =
            List.of(new AdviceBolaProbeTest(), new UserDataBolaProbeTest(), new AdminBolaProbeTest());

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Mapped but holding nothing of any user: the public API description, the console's settings and the error page. */
    private static final Set<String> NO_USER_DATA = Set.of(
            "GET /v3/api-docs",
            "GET /v3/api-docs.yaml",
            "GET /v3/api-docs/swagger-config",
            "GET /v3/api-docs/{group}",
            "GET /v3/api-docs.yaml/{group}",
            "GET /console/config",
            "GET /swagger-ui",
            // mints a dev token for a chosen user only while the dev secret is in use (ConsoleTest covers the refusal)
            "POST /console/dev-token",
            "* /error");

    @Test
    void everyMappedEndpointHasAProbe() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().forEach(pattern -> {
                    Set<String> methods =
                            info.getMethodsCondition().getMethods().isEmpty()
                                    ? Set.of("*")
                                    : info.getMethodsCondition().getMethods().stream()
                                            .map(Enum::name)
                                            .collect(Collectors.toSet());
                    methods.forEach(method -> mapped.add(method + " " + pattern));
                }));

        assertThat(mapped)
                .as("the mapping is read")
                .contains("POST /api/v1/holistic/advice", "GET /api/v1/holistic/requests/{id}");
        List<String> probed = FAMILIES.stream()
                .flatMap(family -> family.probes().keySet().stream())
                .toList();
        assertThat(probed).as("endpoints probed by two families").doesNotHaveDuplicates();
        assertThat(mapped)
                .as("mapped endpoints without a BOLA probe")
                .allSatisfy(endpoint -> assertThat(probed.contains(endpoint) || NO_USER_DATA.contains(endpoint))
                        .as(endpoint)
                        .isTrue());
        assertThat(probed).as("probes of endpoints that no longer exist").isSubsetOf(mapped);
    }
}
