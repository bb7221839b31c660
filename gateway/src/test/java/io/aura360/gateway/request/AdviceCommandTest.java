package io.aura360.gateway.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aura360.contracts.Category;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdviceCommandTest {

    private static final String USER = "3f6c1a52-8a5e-4f8e-9d6e-0c2b7f1e9a10";

    @Test
    void acceptsAKnownCategoryInAnyCase() {
        AdviceCommand command = AdviceCommand.from(new AdviceRequestBody(USER, "Body", null));
        assertThat(command.category()).isEqualTo(Category.BODY);
        assertThat(command.userId()).isEqualTo(UUID.fromString(USER));
    }

    @Test
    void refusesAnUnknownCategory() {
        assertThatThrownBy(() -> AdviceCommand.from(new AdviceRequestBody(USER, "spirit", null)))
                .isInstanceOfSatisfying(
                        ApiProblemException.class, ex -> assertThat(ex.type()).isEqualTo(ProblemType.INVALID_REQUEST));
    }

    @Test
    void refusesIdsThatOnlyLookLikeUuids() {
        for (String id : new String[] {"1-1-1-1-1", "3f6c1a52-8a5e-4f8e-9d6e-0c2b7f1e9a10-extra", "x"}) {
            assertThatThrownBy(() -> AdviceCommand.from(new AdviceRequestBody(id, "mind", null)))
                    .as(id)
                    .isInstanceOf(ApiProblemException.class);
        }
    }

    @Test
    void storesNoMessageTextInTheRequestMetadata() {
        AdviceCommand command = AdviceCommand.from(new AdviceRequestBody(
                USER, "mind", new AdviceRequestBody.Metadata("es", "android", true, "  I feel low  ", "s-1")));
        assertThat(command.message()).isEqualTo("I feel low");
        assertThat(command.storedMetadata())
                .containsEntry("has_message", true)
                .containsEntry("locale", "es")
                .containsEntry("session_id", "s-1")
                .doesNotContainValue("I feel low");
    }

    @Test
    void treatsABlankMessageAsNone() {
        AdviceCommand command = AdviceCommand.from(
                new AdviceRequestBody(USER, "mind", new AdviceRequestBody.Metadata(null, null, null, "   ", null)));
        assertThat(command.message()).isNull();
        assertThat(command.storedMetadata()).containsEntry("has_message", false);
    }
}
