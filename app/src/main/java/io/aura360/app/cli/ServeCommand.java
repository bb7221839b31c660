package io.aura360.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.aura360.app.AuraApplication;

/** {@code ./aura360 serve}: all three services in this process until it is stopped. */
@Command(name = "serve", description = "Run AURA360 (gateway, agents and vector service) in one process.")
public final class ServeCommand implements Callable<Integer> {

	@Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
	int port;

	@Override
	public Integer call() throws InterruptedException {
		CountDownLatch closed = new CountDownLatch(1);
		SpringApplication application = AuraApplication.create(System.getenv());
		application.addListeners(event -> {
			if (event instanceof AvailabilityChangeEvent<?> change && change.getState() == ReadinessState.ACCEPTING_TRAFFIC
					&& change.getSource() instanceof ConfigurableApplicationContext context) {
				System.out.println("AURA360 ready on http://localhost:"
						+ context.getEnvironment().getProperty("local.server.port"));
			}
			if (event instanceof ContextClosedEvent) {
				closed.countDown();
			}
		});
		try {
			application.run("--server.port=" + port);
		}
		catch (RuntimeException ex) {
			System.err.println("AURA360 could not start: " + Failures.rootMessage(ex));
			return 1;
		}
		closed.await();
		return 0;
	}

}
