package io.aura360.app.cli;

import io.aura360.agents.AgentsWarmUp;
import io.aura360.app.AuraApplication;
import io.aura360.app.embedded.EarlyPostgres;
import io.aura360.app.service.AgentsServiceApplication;
import io.aura360.app.service.GatewayServiceApplication;
import io.aura360.app.service.VectorServiceApplication;
import io.aura360.vector.VectorWarmUp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;

/** {@code ./aura360 serve}: all three services in this process until it is stopped. */
@Command(name = "serve", description = "Run AURA360 (gateway, agents and vector service) in one process.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    /** What {@code --service} may name; written as typed on the command line. */
    enum Service {
        all(AuraApplication.class),
        gateway(GatewayServiceApplication.class),
        agents(AgentsServiceApplication.class),
        vector(VectorServiceApplication.class);

        final Class<?> application;

        Service(Class<?> application) {
            this.application = application;
        }
    }

    @Option(
            names = "--service",
            defaultValue = "all",
            description = "What to run: ${COMPLETION-CANDIDATES} (default: all three in one process).")
    Service service;

    @Option(
            names = "--management-port",
            description = "Port of metrics and health (/actuator), never to be published: default AURA_MANAGEMENT_PORT,"
                    + " else the HTTP port + 1000.")
    Integer managementPort;

    @Override
    public Integer call() throws InterruptedException {
        Class<?> source = service.application;
        warmUpInBackground();
        CountDownLatch closed = new CountDownLatch(1);
        SpringApplication application = AuraApplication.create(System.getenv(), source);
        if (Ansi.AUTO.enabled()) {
            // The first start embeds the starter knowledge (about 25 s on 2 cores): a person sees it advance.
            application.addInitializers(context -> context.getBeanFactory()
                    .registerSingleton(
                            "starterKnowledgeProgress",
                            new ChunkProgressBar("Embedding the starter knowledge", "documents", System.err)));
        }
        if (service == Service.all || service == Service.gateway) {
            application.addListeners(new EarlyPostgres());
        }
        application.addListeners(event -> {
            if (event instanceof AvailabilityChangeEvent<?> change
                    && change.getState() == ReadinessState.ACCEPTING_TRAFFIC
                    && change.getSource() instanceof ConfigurableApplicationContext context) {
                System.out.println((source == AuraApplication.class ? "AURA360" : "AURA360 " + service)
                        + " ready on http://localhost:"
                        + context.getEnvironment().getProperty("local.server.port")
                        + ReadyLine.answeringModel(context));
            }
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        try {
            List<String> arguments =
                    new ArrayList<>(List.of("--server.port=" + port, "--management.server.port=" + managementPort()));
            arguments.addAll(LogFormat.arguments(System.getenv(), Ansi.AUTO.enabled()));
            application.run(arguments.toArray(String[]::new));
        } catch (RuntimeException ex) {
            System.err.println("AURA360 could not start: " + Failures.rootMessage(ex));
            return 1;
        } finally {
            EarlyPostgres.abandon(); // a server the context did not take (it failed before, or used another)
        }
        closed.await();
        return 0;
    }

    /**
     * What the services' first requests would otherwise load, built on a second thread while the application context
     * starts on this one (docs/performance.md, part 7): the agents' guardrails, the vector service's language models.
     */
    private void warmUpInBackground() {
        // One thread each: the language models must not wait behind seconds of guardrail building.
        if (service == Service.all || service == Service.agents) {
            Thread.ofPlatform().name("warm-up").daemon().start(AgentsWarmUp::run);
        }
        if (service == Service.all || service == Service.vector) {
            Thread.ofPlatform().name("warm-up").daemon().start(VectorWarmUp::run);
        }
    }

    /** The actuator's own port, so that scrapes (which read the database) never reach the public port. */
    private int managementPort() {
        if (managementPort != null) {
            return managementPort;
        }
        String configured = System.getenv("AURA_MANAGEMENT_PORT");
        if (configured != null && !configured.isBlank()) {
            return Integer.parseInt(configured.strip());
        }
        return port == 0 ? 0 : port + 1000;
    }
}
