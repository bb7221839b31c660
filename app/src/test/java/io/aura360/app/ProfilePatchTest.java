package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code PATCH /api/v1/me/profile} changes only what the JSON Merge Patch (RFC 7396) names, a null removing a
 * field; {@code PUT} stays a full replacement. Both refuse the same fields and values.
 */
class ProfilePatchTest extends FullStackTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final UUID user = UUID.randomUUID();

    private final String token = token(user);

    @BeforeEach
    void fullProfile() {
        assertThat(put("/api/v1/me/profile", token, """
				{"display_name": "Ana", "locale": "es", "sex": "female", "birth_date": "1988-03-02", "height_cm": 165,
				 "activity_level": "light", "goals": ["dormir mejor"], "preferences": {"tone": "gentle", "pace": "slow"},
				 "timezone": "Europe/Madrid"}""").status()).isEqualTo(200);
    }

    @Test
    void changesOnlyTheNamedFieldsAndANullRemovesOne() {
        Response patched = patch(MERGE_PATCH, """
				{"display_name": "Bea", "goals": null, "preferences": {"tone": null, "diet": "vegetarian"}}""");

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        JsonNode profile = patched.json();
        assertThat(profile.path("display_name").asString()).isEqualTo("Bea");
        assertThat(profile.path("sex").asString()).isEqualTo("female");
        assertThat(profile.path("birth_date").asString()).isEqualTo("1988-03-02");
        assertThat(profile.path("height_cm").asDouble()).isEqualTo(165.0);
        assertThat(profile.path("activity_level").asString()).isEqualTo("light");
        assertThat(profile.path("timezone").asString()).isEqualTo("Europe/Madrid");
        assertThat(profile.path("locale").asString()).isEqualTo("es");
        assertThat(profile.path("goals")).isEmpty();
        assertThat(profile.path("preferences").properties())
                .extracting(java.util.Map.Entry::getKey)
                .containsExactlyInAnyOrder("pace", "diet");
        assertThat(get("/api/v1/me/profile", token).json()).isEqualTo(profile);
    }

    @Test
    void anEmptyPatchChangesNothing() {
        JsonNode before = get("/api/v1/me/profile", token).json();

        Response patched = patch(MERGE_PATCH, "{}");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().path("sex")).isEqualTo(before.path("sex"));
        assertThat(patched.json().path("preferences")).isEqualTo(before.path("preferences"));
    }

    @Test
    void refusesTheTierUnknownFieldsAndInvalidValuesLikePut() {
        assertInvalid(patch(MERGE_PATCH, "{\"tier\": \"premium\"}"), "tier");
        assertInvalid(patch(MERGE_PATCH, "{\"favourite_colour\": \"blue\"}"), "favourite_colour");
        assertInvalid(patch(MERGE_PATCH, "{\"height_cm\": 5}"), "height_cm");
        assertInvalid(patch(MERGE_PATCH, "{\"height_cm\": \"tall\"}"), "height_cm");
        assertInvalid(patch(MERGE_PATCH, "{\"display_name\": \"Bea\\u0000\"}"), "display_name");
        assertThat(patch(MERGE_PATCH, "{\"timezone\": \"Mars/Olympus\"}").status())
                .isEqualTo(422);
        assertThat(patch(MERGE_PATCH, "[1, 2]").status()).isEqualTo(422);
        assertThat(patch(MERGE_PATCH, "{\"display_name\": ").status()).isEqualTo(400);

        assertThat(get("/api/v1/me/profile", token).json().path("tier").asString())
                .isEqualTo("free");
        assertThat(get("/api/v1/me/profile", token).json().path("height_cm").asDouble())
                .isEqualTo(165.0);
    }

    @Test
    void acceptsOnlyTheMergePatchMediaType() {
        Response plainJson = patch("application/json", "{\"display_name\": \"Bea\"}");

        assertThat(plainJson.status()).isEqualTo(415);
        assertThat(get("/api/v1/me/profile", token).json().path("display_name").asString())
                .isEqualTo("Ana");
    }

    @Test
    void putStillReplacesTheWholeProfile() {
        Response replaced = put("/api/v1/me/profile", token, "{\"display_name\": \"Bea\"}");

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("sex").isString()).as("sex cleared").isFalse();
        assertThat(replaced.json().path("goals")).isEmpty();
    }

    private static void assertInvalid(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains(field);
    }

    private Response patch(String contentType, String body) {
        return send(request("/api/v1/me/profile")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token));
    }
}
