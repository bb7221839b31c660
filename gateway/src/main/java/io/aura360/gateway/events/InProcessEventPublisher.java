package io.aura360.gateway.events;

import org.springframework.context.ApplicationEventPublisher;

/** Without Redis: events go to this process's listeners as Spring application events. */
public final class InProcessEventPublisher implements EventPublisher {

    private final ApplicationEventPublisher events;

    public InProcessEventPublisher(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void publish(OutboxEvent event) {
        events.publishEvent(event);
    }
}
