package io.aura360.gateway.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PreferWaitTest {

    @Test
    void respondAsyncMeansDoNotWait() {
        assertThat(PreferWait.from("respond-async")).isZero();
        assertThat(PreferWait.from("handling=lenient, respond-async")).isZero();
    }

    @Test
    void waitIsInSeconds() {
        assertThat(PreferWait.from("wait=5")).isEqualTo(Duration.ofSeconds(5));
        assertThat(PreferWait.from("return=minimal; wait = 2")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void anythingElseLeavesTheBudgetInCharge() {
        assertThat(PreferWait.from(null)).isEqualTo(PreferWait.UNBOUNDED);
        assertThat(PreferWait.from("return=representation")).isEqualTo(PreferWait.UNBOUNDED);
        assertThat(PreferWait.from("respond-asynchronously")).isEqualTo(PreferWait.UNBOUNDED);
        assertThat(PreferWait.from("wait=-3")).isEqualTo(PreferWait.UNBOUNDED);
    }
}
