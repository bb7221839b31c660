package io.aura360.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bad tokens and bad bodies get a clear RFC 9457 problem with a stable type, never a 500 or a stack trace. */
class AdviceRequestRejectionTest extends GatewayHttpTest {

    private static final String PROBLEMS = "https://aura360.io/problems/";

    private final UUID user = UUID.randomUUID();

    @Test
    void rejectsARequestWithoutToken() {
        assertProblem(advice(user, null, "mind", "{}"), 401, "unauthenticated");
    }

    @Test
    void rejectsATokenSignedWithAnotherSecret() throws Exception {
        assertProblem(
                advice(user, signed(claims(user).build(), "another-secret-that-is-at-least-32-bytes"), "mind", "{}"),
                401,
                "unauthenticated");
    }

    @Test
    void rejectsAnExpiredToken() throws Exception {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        JWTClaimsSet claims = claims(user)
                .issueTime(Date.from(past))
                .expirationTime(Date.from(past.plusSeconds(60)))
                .build();
        assertProblem(advice(user, signed(claims, JWT_SECRET), "mind", "{}"), 401, "unauthenticated");
    }

    @Test
    void rejectsATokenWithoutExpiry() throws Exception {
        assertProblem(
                advice(user, signed(claims(user).expirationTime(null).build(), JWT_SECRET), "mind", "{}"),
                401,
                "unauthenticated");
    }

    @Test
    void rejectsATokenNotYetValidBeyondTheClockSkew() throws Exception {
        Instant later = Instant.now().plus(Duration.ofMinutes(10));
        JWTClaimsSet claims = claims(user)
                .notBeforeTime(Date.from(later))
                .expirationTime(Date.from(later.plusSeconds(600)))
                .build();
        assertProblem(advice(user, signed(claims, JWT_SECRET), "mind", "{}"), 401, "unauthenticated");
    }

    @Test
    void rejectsATokenWithoutSubject() throws Exception {
        assertProblem(
                advice(user, signed(claims(user).subject(null).build(), JWT_SECRET), "mind", "{}"),
                401,
                "unauthenticated");
    }

    @Test
    void rejectsATokenForAnotherAudience() throws Exception {
        assertProblem(
                advice(user, signed(claims(user).audience("anon").build(), JWT_SECRET), "mind", "{}"),
                401,
                "unauthenticated");
    }

    @Test
    void rejectsAServiceRoleTokenOnUserEndpoints() throws Exception {
        assertProblem(
                advice(user, signed(claims(user).claim("role", "service_role").build(), JWT_SECRET), "mind", "{}"),
                401,
                "unauthenticated");
    }

    @Test
    void rejectsATokenSignedWithNoneAlgorithm() {
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String body = base64Url("{\"iss\":\"aura360-dev\",\"sub\":\"" + user
                + "\",\"aud\":\"authenticated\",\"role\":\"authenticated\",\"exp\":"
                + Instant.now().plusSeconds(600).getEpochSecond() + "}");
        assertProblem(advice(user, header + "." + body + ".", "mind", "{}"), 401, "unauthenticated");
    }

    @Test
    void rejectsATamperedPayload() {
        String[] parts = token(user).split("\\.");
        String otherUser = base64Url(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(user.toString(), UUID.randomUUID().toString()));
        assertProblem(advice(user, parts[0] + "." + otherUser + "." + parts[2], "mind", "{}"), 401, "unauthenticated");
    }

    @Test
    void acceptsTheBaselineTokenTheRefusalsAreMadeFrom() throws Exception {
        assertThat(advice(user, signed(claims(user).build(), JWT_SECRET), "mind", "{}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void forbidsAskingForAnotherUsersAdvice() {
        UUID someoneElse = UUID.randomUUID();
        assertProblem(advice(someoneElse, token(user), "mind", "{}"), 403, "forbidden");
        assertThat(jdbc.sql("select count(*) from holistic_requests where user_id = ?")
                        .param(someoneElse)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void rejectsAnUnknownCategory() {
        Response response = advice(user, token(user), "spirit", "{}");
        assertProblem(response, 422, "invalid-request");
        assertThat(response.json().path("errors").get(0).path("field").asString())
                .isEqualTo("category");
    }

    @Test
    void rejectsAUserIdThatIsNotAUuid() {
        Response response =
                postJson("/api/v1/holistic/advice", token(user), "{\"user_id\": \"1 OR 1=1\", \"category\": \"mind\"}");
        assertProblem(response, 422, "invalid-request");
        assertThat(response.json().path("errors").get(0).path("field").asString())
                .isEqualTo("user_id");
    }

    @Test
    void rejectsMissingFields() {
        assertProblem(
                postJson("/api/v1/holistic/advice", token(user), "{\"category\": \"mind\"}"), 422, "invalid-request");
    }

    @Test
    void rejectsUnknownFieldsSoThatNoTierCanBeAssigned() {
        Response response = postJson(
                "/api/v1/holistic/advice",
                token(user),
                "{\"user_id\": \"%s\", \"category\": \"mind\", \"tier\": \"premium\"}".formatted(user));
        assertProblem(response, 422, "invalid-request");
        assertThat(response.json().path("detail").asString()).contains("tier");
    }

    @Test
    void rejectsInvalidMetadata() {
        assertProblem(advice(user, token(user), "mind", "{\"locale\": \"../../etc\"}"), 422, "invalid-request");
        assertProblem(advice(user, token(user), "mind", "{\"session_id\": \"<script>\"}"), 422, "invalid-request");
        assertProblem(
                advice(user, token(user), "mind", "{\"message\": \"" + "a".repeat(2001) + "\"}"),
                422,
                "invalid-request");
        assertProblem(advice(user, token(user), "mind", "{\"debug\": \"yes please\"}"), 422, "invalid-request");
    }

    @Test
    void rejectsMalformedJsonWithoutEchoingTheParser() {
        Response response = postJson("/api/v1/holistic/advice", token(user), "{\"user_id\": ");
        assertProblem(response, 400, "malformed-request");
        assertThat(response.body()).doesNotContain("Exception", "tools.jackson", "line:");
    }

    @Test
    void rejectsANonJsonContentType() {
        assertProblem(
                post("/api/v1/holistic/advice", token(user), "text/plain", "mind please"),
                415,
                "unsupported-media-type");
    }

    @Test
    void rejectsAWrongMethod() {
        assertProblem(get("/api/v1/holistic/advice", token(user)), 405, "method-not-allowed");
    }

    @Test
    void answersUnknownPathsWithNotFound() {
        assertProblem(get("/api/v1/nothing-here", token(user)), 404, "not-found");
    }

    @Test
    void keepsHealthProbesOpen() {
        assertThat(get("/readyz", null).status())
                .as("probes on the service port")
                .isEqualTo(200);
        assertThat(get("/livez", null).status()).isEqualTo(200);
        assertThat(management("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(management("/actuator/health/liveness").status()).isEqualTo(200);
    }

    private static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("type").asString()).isEqualTo(PROBLEMS + type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("trace_id").asString()).matches("[0-9a-f]{32}");
        assertThat(response.body()).doesNotContain("\tat ", "stackTrace");
    }

    private static JWTClaimsSet.Builder claims(UUID subject) {
        Instant now = Instant.now();
        // Valid in every respect but the one a test changes, so each refusal has exactly one cause.
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject.toString())
                .audience("authenticated")
                .claim("role", "authenticated")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .claim("app_metadata", Map.of("tier", "free"));
    }

    private static String signed(JWTClaimsSet claims, String secret) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
