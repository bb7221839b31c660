package io.aura360.contracts.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserPseudonymsTest {

    private static final UUID USER = UUID.fromString("3f6c1a52-8a5e-4f8e-9d6e-0c2b7f1e9a10");

    private static final String SERVICE_KEY = "a-service-key-of-at-least-24-chars";

    @Test
    void servicesSharingAKeyAgreeOnAUsersPseudonym() {
        String gateway = UserPseudonyms.keyedBy(null, SERVICE_KEY).of(USER);
        assertThat(UserPseudonyms.keyedBy("", SERVICE_KEY).of(USER)).isEqualTo(gateway);
        assertThat(gateway).matches("[0-9a-f]{32}");
    }

    @Test
    void thePseudonymRevealsNeitherTheUserIdNorTheKey() {
        String pseudonym = UserPseudonyms.keyedBy(null, SERVICE_KEY).of(USER);
        String hex = USER.toString().replace("-", "");
        assertThat(pseudonym).isNotEqualTo(hex).doesNotContain(hex.substring(0, 8));
        assertThat(UserPseudonyms.keyedBy(null, SERVICE_KEY).of(UUID.randomUUID()))
                .isNotEqualTo(pseudonym);
    }

    @Test
    void anotherKeyGivesAnotherPseudonym() {
        String byServiceKey = UserPseudonyms.keyedBy(null, SERVICE_KEY).of(USER);
        assertThat(UserPseudonyms.keyedBy("a-dedicated-pseudonym-key", SERVICE_KEY)
                        .of(USER))
                .isNotEqualTo(byServiceKey);
        assertThat(UserPseudonyms.keyedBy(null, "another-service-key-of-24-chars")
                        .of(USER))
                .isNotEqualTo(byServiceKey);
    }

    @Test
    void withoutAnyKeyPseudonymsHoldWithinOneInstanceOnly() {
        UserPseudonyms first = UserPseudonyms.keyedBy(null, null);
        assertThat(first.of(USER)).isEqualTo(first.of(USER));
        assertThat(UserPseudonyms.keyedBy(null, null).of(USER)).isNotEqualTo(first.of(USER));
    }
}
