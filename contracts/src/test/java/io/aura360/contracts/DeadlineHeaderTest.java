package io.aura360.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadlineHeaderTest {

    private final Instant now = Instant.parse("2026-05-01T10:00:00Z");

    private final Clock clock = Clock.fixed(now, ZoneOffset.UTC);

    @Test
    void sendsTheMillisecondsLeftAndNeverANegativeBudget() {
        assertThat(DeadlineHeader.budget(now.plusMillis(4321), clock)).isEqualTo("4321");
        assertThat(DeadlineHeader.budget(now.minusSeconds(3), clock)).isEqualTo("0");
    }

    @Test
    void turnsAReceivedBudgetIntoADeadlineOnTheReceiversClock() {
        Clock receiver = Clock.offset(clock, Duration.ofMinutes(7)); // a host whose clock runs ahead
        assertThat(DeadlineHeader.deadline("1500", receiver))
                .contains(now.plusSeconds(7 * 60).plusMillis(1500));
    }

    @Test
    void ignoresAbsentMalformedOrNegativeBudgets() {
        assertThat(DeadlineHeader.deadline(null, clock)).isEmpty();
        assertThat(DeadlineHeader.deadline(" ", clock)).isEmpty();
        assertThat(DeadlineHeader.deadline("soon", clock)).isEmpty();
        assertThat(DeadlineHeader.deadline("-5", clock)).isEmpty();
    }

    @Test
    void keepsTheEarlierOfTheBodyAndHeaderDeadlines() {
        Instant body = now.plusSeconds(10);
        assertThat(DeadlineHeader.earliest(body, Optional.of(now.plusSeconds(2))))
                .isEqualTo(now.plusSeconds(2));
        assertThat(DeadlineHeader.earliest(body, Optional.of(now.plusSeconds(20))))
                .isEqualTo(body);
        assertThat(DeadlineHeader.earliest(body, Optional.empty())).isEqualTo(body);
        assertThat(DeadlineHeader.earliest(null, Optional.of(now.plusSeconds(2))))
                .isEqualTo(now.plusSeconds(2));
    }
}
