package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The human review queue: an answer asking for review opens an item with the user's message and the answer; admins
 * list, claim and resolve items, every move audited under their token subject; the queue shows up as gauges.
 */
class ReviewQueueTest extends FullStackTest {

    private static final String REVIEWS = "/api/v1/admin/reviews";

    private final UUID alice = UUID.randomUUID();

    private final UUID bob = UUID.randomUUID();

    private final String aliceToken = TOKENS.sign(alice, "free", List.of("admin"), Duration.ofMinutes(10));

    private final String bobToken = TOKENS.sign(bob, "free", List.of("admin"), Duration.ofMinutes(10));

    private final List<UUID> users = new ArrayList<>();

    @AfterEach
    void eraseTestUsers() {
        users.forEach(user -> jdbc.sql("delete from app_users where auth_user_id = ?")
                .param(user)
                .update());
    }

    @Test
    void aCrisisMessageOpensAHighItemWithTheMessageAndTheAnswer() {
        UUID user = user();
        Response advice = crisis(user);
        assertThat(advice.json().path("human_review_required").asBoolean()).isTrue();
        String requestId = advice.json().path("request_id").asString();

        JsonNode item = find(get(REVIEWS + "?state=open&risk=high&limit=100", aliceToken), requestId);
        assertThat(item.path("risk").asString()).isEqualTo("high");
        assertThat(item.path("state").asString()).isEqualTo("open");
        assertThat(item.path("user_id").asString()).isEqualTo(user.toString());
        assertThat(item.path("message").asString()).isEqualTo("I want to end my life");
        assertThat(item.path("answer")
                        .path("agent_diagnostics")
                        .path("safety_flags")
                        .toString())
                .contains("self_harm_risk");
        assertThat(events(UUID.fromString(item.path("id").asString()))).containsExactly("opened by system");

        assertThat(advice(user, token(user), "body", "{\"locale\": \"en\", \"message\": \"I sleep badly\"}")
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from review_items where user_id = ?")
                        .param(user)
                        .query(Integer.class)
                        .single())
                .as("an answer that does not ask for review opens no item")
                .isEqualTo(1);
    }

    @Test
    void aConcernGetsAdviceWithTheCrisisLineAndOpensAConcernItem() {
        UUID user = user();
        String message = "Honestly everyone would be better off without me. How can I sleep better?";
        Response advice = advice(user, token(user), "mind", "{\"locale\": \"en\", \"message\": \"" + message + "\"}");
        assertThat(advice.status()).as(advice.body()).isEqualTo(200);
        assertThat(advice.json().path("human_review_required").asBoolean()).isTrue();

        JsonNode item = find(
                get(REVIEWS + "?state=open&risk=concern&limit=100", aliceToken),
                advice.json().path("request_id").asString());
        assertThat(item.path("message").asString()).isEqualTo(message);
        JsonNode answer = item.path("answer");
        assertThat(answer.path("agent_diagnostics").path("safety_flags").toString())
                .contains("self_harm_concern")
                .doesNotContain("self_harm_risk");
        assertThat(answer.path("summary").path("message").asString())
                .as("a gentle resources note beside the advice")
                .containsAnyOf("988", "Samaritans", "116 123");
    }

    @Test
    void listsNewestFirstInKeysetPagesFilteredByStateAndRisk() {
        UUID user = user();
        // In the future, so these are the newest items whatever other tests left.
        UUID oldest = item(user, "concern", "open", "100 years");
        UUID middle = item(user, "concern", "open", "100 years 1 second");
        UUID newest = item(user, "concern", "open", "100 years 2 seconds");
        UUID high = item(user, "high", "open", "100 years 3 seconds");
        UUID resolved = item(user, "concern", "resolved", "100 years 4 seconds");

        Response first = get(REVIEWS + "?risk=concern&state=open&limit=2", aliceToken);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(ids(first)).containsExactly(newest.toString(), middle.toString());
        assertThat(first.json().path("next_before").asString()).isEqualTo(middle.toString());

        Response second = get(REVIEWS + "?risk=concern&state=open&limit=2&before=" + middle, aliceToken);
        assertThat(ids(second)).startsWith(oldest.toString()).doesNotContain(high.toString(), resolved.toString());

        assertThat(ids(get(REVIEWS + "?limit=2", aliceToken))).containsExactly(resolved.toString(), high.toString());
        assertThat(ids(get(REVIEWS + "?state=resolved&limit=1", aliceToken))).containsExactly(resolved.toString());
        assertThat(ids(get(REVIEWS + "?risk=high&limit=1", aliceToken))).containsExactly(high.toString());
    }

    @Test
    void refusesInvalidListingParametersWithAllTheirErrors() {
        Response invalid = get(REVIEWS + "?state=pending&risk=low&limit=0&before=nope", aliceToken);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("type").asString()).isEqualTo("https://aura360.io/problems/invalid-request");
        assertThat(invalid.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("state", "risk", "limit", "before");
        assertThat(get(REVIEWS + "?limit=101", aliceToken).status()).isEqualTo(422);
        assertThat(get(REVIEWS + "?limit=ten", aliceToken).status()).isEqualTo(422);
        assertThat(get(REVIEWS + "?before=" + UUID.randomUUID(), aliceToken).status())
                .as("a cursor naming no item")
                .isEqualTo(422);
    }

    @Test
    void oneReviewerClaimsAndResolvesAndEveryMoveIsAudited() {
        UUID item = item(user(), "high", "open", "0 seconds");

        Response claimed = post(item, "claim", aliceToken, null);
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
        assertThat(claimed.json().path("state").asString()).isEqualTo("claimed");
        assertThat(claimed.json().path("claimed_by").asString()).isEqualTo(alice.toString());
        assertThat(post(item, "claim", aliceToken, null).status())
                .as("claiming one's own item again")
                .isEqualTo(200);

        Response taken = post(item, "claim", bobToken, null);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().path("type").asString()).isEqualTo("https://aura360.io/problems/conflict");
        assertThat(post(item, "resolve", bobToken, "{\"outcome\": \"no_action\"}")
                        .status())
                .isEqualTo(409);

        Response resolved =
                post(item, "resolve", aliceToken, "{\"outcome\": \"contacted\", \"note\": \"Called her.\"}");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.json().path("state").asString()).isEqualTo("resolved");
        assertThat(resolved.json().path("outcome").asString()).isEqualTo("contacted");
        assertThat(resolved.json().path("resolved_by").asString()).isEqualTo(alice.toString());
        assertThat(post(item, "claim", aliceToken, null).status()).isEqualTo(409);
        assertThat(post(item, "resolve", aliceToken, "{\"outcome\": \"escalated\"}")
                        .status())
                .isEqualTo(409);

        assertThat(events(item))
                .containsExactly("opened by system", "claimed by " + alice, "resolved by " + alice + ": contacted");
        assertThat(jdbc.sql("select note from review_events where item_id = ? and action = 'resolved'")
                        .param(item)
                        .query(String.class)
                        .single())
                .isEqualTo("Called her.");
    }

    @Test
    void anOpenItemIsResolvedAndClaimedAtOnce() {
        UUID item = item(user(), "concern", "open", "0 seconds");

        Response resolved = post(item, "resolve", bobToken, "{\"outcome\": \"false_positive\"}");

        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.json().path("claimed_by").asString()).isEqualTo(bob.toString());
        assertThat(events(item)).containsExactly("opened by system", "resolved by " + bob + ": false_positive");
    }

    @Test
    void refusesInvalidResolutionsAndUnknownItems() {
        UUID item = item(user(), "concern", "open", "0 seconds");

        Response invalid = post(
                item, "resolve", aliceToken, "{\"outcome\": \"fixed\", \"note\": \"%s\"}".formatted("x".repeat(2001)));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("outcome", "note");
        assertThat(post(item, "resolve", aliceToken, "{}").status()).isEqualTo(422);
        assertThat(post(
                                item,
                                "resolve",
                                aliceToken,
                                "{\"outcome\": \"no_action\", \"note\": \"%s\"}".formatted("x".repeat(2000)))
                        .status())
                .isEqualTo(200);
        assertThat(post(UUID.randomUUID(), "claim", aliceToken, null).status()).isEqualTo(404);
        assertThat(postJson(REVIEWS + "/not-an-id/claim", aliceToken, "").status())
                .isEqualTo(404);
        assertThat(post(UUID.randomUUID(), "resolve", aliceToken, "{\"outcome\": \"no_action\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void usersWithoutTheAdminScopeSeeNoItem() {
        UUID user = user();
        UUID item = item(user, "high", "open", "0 seconds");

        assertThat(get(REVIEWS, token(user)).status()).isEqualTo(403);
        assertThat(post(item, "claim", token(user), null).status()).isEqualTo(403);
        assertThat(post(item, "resolve", token(user), "{\"outcome\": \"no_action\"}")
                        .status())
                .isEqualTo(403);
        assertThat(get(REVIEWS, null).status()).isEqualTo(401);
        assertThat(jdbc.sql("select state from review_items where id = ?")
                        .param(item)
                        .query(String.class)
                        .single())
                .isEqualTo("open");
    }

    @Test
    void theAuditIsAppendOnlyAndGoesWithTheErasedUser() {
        UUID user = user();
        UUID item = item(user, "high", "open", "0 seconds");
        assertThat(post(item, "claim", aliceToken, null).status()).isEqualTo(200);

        assertThatThrownBy(() -> jdbc.sql("update review_events set actor = 'someone else' where item_id = ?")
                        .param(item)
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from review_events where item_id = ?")
                        .param(item)
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");

        jdbc.sql("delete from app_users where auth_user_id = ?").param(user).update();
        assertThat(jdbc.sql("select count(*) from review_events where item_id = ?")
                        .param(item)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void gaugesShowOpenItemsByRiskAndTheOldestOpenHighItemsAge() {
        UUID user = user();
        UUID hourOld = item(user, "high", "open", "-1 hour");
        item(user, "concern", "open", "0 seconds");

        String metrics = management("/actuator/prometheus").body();
        assertThat(gauge(metrics, "aura_review_open_items", "risk=\"high\"")).isEqualTo(openItems("high"));
        assertThat(gauge(metrics, "aura_review_open_items", "risk=\"concern\"")).isEqualTo(openItems("concern"));
        assertThat(gauge(metrics, "aura_review_oldest_open_high_seconds", ""))
                .isGreaterThanOrEqualTo(3600)
                .isCloseTo(oldestOpenHighSeconds(), within(30.0));
        assertThat(gauge(metrics, "aura_review_high_wait_limit_seconds", "")).isEqualTo(900);

        double before = openItems("high");
        assertThat(post(hourOld, "claim", aliceToken, null).status()).isEqualTo(200);
        String after = management("/actuator/prometheus").body();
        assertThat(gauge(after, "aura_review_open_items", "risk=\"high\"")).isEqualTo(before - 1);
        assertThat(gauge(after, "aura_review_oldest_open_high_seconds", ""))
                .isCloseTo(oldestOpenHighSeconds(), within(30.0));
    }

    private UUID user() {
        UUID user = UUID.randomUUID();
        jdbc.sql("insert into app_users (auth_user_id) values (?)").param(user).update();
        users.add(user);
        return user;
    }

    private Response crisis(UUID user) {
        Response advice =
                advice(user, token(user), "mind", "{\"locale\": \"en\", \"message\": \"I want to end my life\"}");
        assertThat(advice.status()).as(advice.body()).isEqualTo(200);
        return advice;
    }

    /** An item of a new request of {@code user}, created {@code offset} from now (a PostgreSQL interval). */
    private UUID item(UUID user, String risk, String state, String offset) {
        UUID request = UUID.randomUUID();
        jdbc.sql("""
				insert into holistic_requests (id, user_id, category, schema_version, status)
				values (?, ?, 'mind', '1.0.0', 'COMPLETED')""").params(request, user).update();
        boolean resolved = state.equals("resolved");
        return jdbc.sql("""
				insert into review_items (request_id, request_requested_at, user_id, risk, state, message, created_at,
				                          claimed_by, claimed_at, resolved_by, resolved_at, outcome)
				select id, requested_at, user_id, :risk, :state, 'test message', now() + cast(:offset as interval),
				       :by, case when :resolved then now() end, :by, case when :resolved then now() end,
				       case when :resolved then 'no_action' end
				from holistic_requests where id = :request
				returning id""")
                .param("request", request)
                .param("risk", risk)
                .param("state", state)
                .param("offset", offset)
                .param("resolved", resolved)
                .param("by", resolved ? "test-reviewer" : null)
                .query(UUID.class)
                .single();
    }

    private Response post(UUID item, String action, String token, String body) {
        return postJson(REVIEWS + "/" + item + "/" + action, token, (body == null) ? "" : body);
    }

    private List<String> events(UUID item) {
        return jdbc.sql("""
				select action || ' by ' || actor || coalesce(': ' || outcome, '') from review_events
				where item_id = ? order by id""").param(item).query(String.class).list();
    }

    private double openItems(String risk) {
        return jdbc.sql("select count(*) from review_items where state = 'open' and risk = ?")
                .param(risk)
                .query(Double.class)
                .single();
    }

    private double oldestOpenHighSeconds() {
        return jdbc.sql("""
				select coalesce(extract(epoch from now() - min(created_at)), 0) from review_items
				where state = 'open' and risk = 'high'""").query(Double.class).single();
    }

    private static List<String> ids(Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.json().path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    private static JsonNode find(Response page, String requestId) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        for (JsonNode item : page.json().path("items")) {
            if (item.path("request_id").asString().equals(requestId)) {
                return item;
            }
        }
        throw new AssertionError("no review item for request " + requestId + " in " + page.body());
    }

    private static double gauge(String metrics, String name, String label) {
        Matcher line = Pattern.compile("(?m)^" + name + "\\{([^}]*)} (\\S+)$").matcher(metrics);
        while (line.find()) {
            if (line.group(1).contains(label)) {
                return Double.parseDouble(line.group(2));
            }
        }
        throw new AssertionError(name + "{" + label + "} not in the scrape");
    }
}
