package io.aura360.app;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.engine.SourceOfRandomness;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The requests the fuzz suite sends, drawn from jqwik's generators with a fixed seed: every public operation, with
 * bodies that are valid, mutated (a field removed, retyped or given an edge-case value, an unknown field added),
 * random JSON, deeply nested, broken, or not JSON at all; and with odd Content-Type, Prefer and Idempotency-Key
 * headers. The strings are where Unicode goes wrong: NUL and other controls, lone surrogates, bidi marks,
 * zero-width characters, homoglyphs, long runs.
 */
final class FuzzRequests {

    /** One request to send; {@code texts} are the strings it carries that must never reach a log line. */
    record FuzzRequest(
            String method,
            String path,
            String contentType,
            Map<String, String> headers,
            String body,
            List<String> texts) {}

    private record Operation(String method, String path, String validBody, String contentType) {

        Operation(String method, String path, String validBody) {
            this(method, path, validBody, "application/json");
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every public operation; {id} and {name} are filled per request. */
    private static final List<Operation> OPERATIONS = List.of(
            new Operation(
                    "POST",
                    "/api/v1/holistic/advice",
                    "{\"user_id\": \"{user}\", \"category\": \"mind\", \"metadata\": {\"locale\": \"es\", \"message\": \"duermo poco\"}}"),
            new Operation("GET", "/api/v1/holistic/requests/{id}", null),
            new Operation("GET", "/api/v1/holistic/requests/{id}/events", null),
            new Operation("GET", "/api/v1/me/profile", null),
            new Operation(
                    "PUT",
                    "/api/v1/me/profile",
                    "{\"display_name\": \"Ana\", \"locale\": \"es\", \"sex\": \"female\", \"birth_date\": \"1988-03-02\","
                            + " \"height_cm\": 165, \"activity_level\": \"light\", \"goals\": [\"dormir mejor\"],"
                            + " \"preferences\": {\"tone\": \"gentle\"}, \"timezone\": \"Europe/Madrid\"}"),
            new Operation(
                    "PATCH",
                    "/api/v1/me/profile",
                    "{\"display_name\": \"Ana\", \"height_cm\": null, \"preferences\": {\"tone\": null}}",
                    "application/merge-patch+json"),
            new Operation("POST", "/api/v1/me/habits", "{\"habit_type\": \"sleep\", \"description\": \"late\"}"),
            new Operation("GET", "/api/v1/me/habits", null),
            new Operation(
                    "POST",
                    "/api/v1/me/biometrics",
                    "{\"metric\": \"weight_kg\", \"value\": 61.5, \"measured_at\": \"2024-05-01T08:00:00Z\"}"),
            new Operation("GET", "/api/v1/me/biometrics", null),
            new Operation(
                    "POST",
                    "/api/v1/me/clinical-history",
                    "{\"condition\": \"asthma\", \"diagnosed_on\": \"2010-01-01\", \"notes\": \"mild\"}"),
            new Operation("GET", "/api/v1/me/clinical-history", null),
            new Operation("GET", "/api/v1/me/usage", null),
            new Operation("PUT", "/api/v1/me/webhook", "{\"url\": \"https://hooks.example.org/aura\"}"),
            new Operation("DELETE", "/api/v1/me/webhook", null),
            new Operation("PUT", "/api/v1/me/push-token", "{\"token\": \"fcm-token-123\", \"platform\": \"android\"}"),
            new Operation("DELETE", "/api/v1/me/push-token", "{\"token\": \"fcm-token-123\"}"),
            new Operation("GET", "/api/v1/admin/agent-profiles", null),
            new Operation("GET", "/api/v1/admin/agent-profiles/{name}", null),
            new Operation("POST", "/api/v1/admin/agent-profiles", "{\"name\": \"fuzz\"}"),
            new Operation("PUT", "/api/v1/admin/agent-profiles/{name}", "{\"name\": \"fuzz\"}"),
            new Operation("GET", "/api/v1/admin/reviews?state=open&risk=high&limit=20", null),
            new Operation("POST", "/api/v1/admin/reviews/{id}/claim", null),
            new Operation(
                    "POST",
                    "/api/v1/admin/reviews/{id}/resolve",
                    "{\"outcome\": \"contacted\", \"note\": \"Called; safe with family.\"}"));

    private static final String EDGE_CHARS = "\u0000\u0001\u0007\u001b\u007f\u0085\u00a0\u200b\u200c\u200d\u200e\u200f"
            + "\u202a\u202e\u2066\u2069\ufeff\ufffd\ud800\udc00\u0430\u0435\u043e\u0440\u0455\u0391\u0301\u2028\u2029"
            + "\"\\/<>{}'`$%&;\t\n\r";

    private static final Arbitrary<String> STRINGS = Arbitraries.oneOf(
            Arbitraries.strings()
                    .alpha()
                    .numeric()
                    .withChars(' ')
                    .ofMinLength(0)
                    .ofMaxLength(40),
            Arbitraries.strings().withChars(EDGE_CHARS).alpha().ofMinLength(1).ofMaxLength(30),
            Arbitraries.strings().all().ofMaxLength(30),
            Arbitraries.strings().alpha().ofMinLength(1000).ofMaxLength(20_000),
            Arbitraries.of(
                    "",
                    " ",
                    "null",
                    "true",
                    "1e999999",
                    "-999999999-01-01",
                    "1900-01-01",
                    "2999-12-31",
                    "NaN",
                    "\u0000",
                    "\ud800",
                    "р\u0430ypal",
                    "\u202egnp.exe",
                    "mind",
                    "body",
                    "soul",
                    "sleep"));

    private static final Arbitrary<JsonNode> SCALARS = Arbitraries.oneOf(
            STRINGS.map(NODES::stringNode),
            Arbitraries.integers().map(NODES::numberNode),
            Arbitraries.longs().map(NODES::numberNode),
            Arbitraries.bigDecimals().ofScale(20).map(NODES::numberNode),
            Arbitraries.bigIntegers()
                    .between(java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(60))
                    .map(NODES::numberNode),
            Arbitraries.doubles().map(NODES::numberNode),
            Arbitraries.of(true, false).map(NODES::booleanNode),
            Arbitraries.just(NODES.nullNode()));

    private static final Arbitrary<String> KEYS = Arbitraries.oneOf(
            Arbitraries.of(
                    "user_id",
                    "category",
                    "metadata",
                    "message",
                    "locale",
                    "display_name",
                    "birth_date",
                    "height_cm",
                    "preferences",
                    "goals",
                    "habit_type",
                    "description",
                    "metric",
                    "value",
                    "url",
                    "token",
                    "platform",
                    "name",
                    "condition",
                    "notes",
                    "tier",
                    "scopes",
                    "__proto__"),
            Arbitraries.strings()
                    .withCharRange('a', 'z')
                    .withChars('_')
                    .ofMinLength(1)
                    .ofMaxLength(8));

    private static final Arbitrary<JsonNode> VALUES = Arbitraries.recursive(() -> SCALARS, FuzzRequests::nest, 0, 4);

    private static final Arbitrary<String> CONTENT_TYPES = Arbitraries.oneOf(
            Arbitraries.just("application/json"),
            Arbitraries.of(
                    "application/json; charset=UTF-8",
                    "application/json; charset=ISO-8859-1",
                    "text/plain",
                    "application/xml",
                    "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x",
                    "application/problem+json",
                    "application/merge-patch+json",
                    "a/b/c",
                    "*/*"));

    private static final Arbitrary<String> HEADER_VALUES = Arbitraries.oneOf(
            Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(60),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(200).ofMaxLength(2000),
            Arbitraries.of(
                    "wait=abc",
                    "wait=-1",
                    "wait=99999999999999999999",
                    "respond-async",
                    "wait=0",
                    "wait=1",
                    "return=minimal, wait=2",
                    ""));

    private final Random random;

    private final Iterator<JsonNode> values;

    private final Iterator<String> strings;

    private final Iterator<String> keys;

    private final Iterator<String> contentTypes;

    private final Iterator<String> headerValues;

    FuzzRequests(long seed) {
        // jqwik draws samples from its thread's source of randomness: seeded, a run can be repeated.
        SourceOfRandomness.create(String.valueOf(seed));
        this.random = new Random(seed);
        this.values = VALUES.sampleStream().iterator();
        this.strings = STRINGS.sampleStream().iterator();
        this.keys = KEYS.sampleStream().iterator();
        this.contentTypes = CONTENT_TYPES.sampleStream().iterator();
        this.headerValues = HEADER_VALUES.sampleStream().iterator();
    }

    /**
     * The next request for {@code user}. {@code allowValidAdvice} says whether an unchanged advice body may be sent
     * (the caller bounds their share: each runs the agents).
     */
    FuzzRequest next(UUID user, boolean allowValidAdvice) {
        Operation operation = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
        List<String> texts = new ArrayList<>();
        String path = operation.path().replace("{id}", pathSegment(texts)).replace("{name}", pathSegment(texts));
        String body =
                operation.validBody() == null ? null : operation.validBody().replace("{user}", user.toString());
        if (body != null || random.nextInt(10) == 0) {
            body = mutate(operation, body, texts, allowValidAdvice);
        }
        String contentType = random.nextInt(5) == 0 ? contentTypes.next() : operation.contentType();
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (random.nextInt(4) == 0) {
            headers.put("Idempotency-Key", headerValues.next());
        }
        if (random.nextInt(4) == 0) {
            headers.put("Prefer", headerValues.next());
        }
        return new FuzzRequest(operation.method(), path, contentType, headers, body, texts);
    }

    private String pathSegment(List<String> texts) {
        return switch (random.nextInt(4)) {
            case 0 -> UUID.randomUUID().toString();
            case 1 -> "fuzz";
            default -> {
                String text = strings.next();
                texts.add(text);
                yield java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
            }
        };
    }

    private String mutate(Operation operation, String valid, List<String> texts, boolean allowValidAdvice) {
        int choice = random.nextInt(100);
        if (valid != null
                && choice < 10
                && (allowValidAdvice || !operation.path().endsWith("/advice"))) {
            return valid;
        }
        if (choice < 15) {
            return nested(random.nextInt(10, 2000));
        }
        if (choice < 20) {
            return brokenJson(valid == null ? "{\"a\": [1, 2" : valid);
        }
        if (choice < 35 || valid == null) {
            JsonNode random = values.next();
            collect(random, texts);
            return JSON.writeValueAsString(random);
        }
        ObjectNode body = (ObjectNode) JSON.readTree(valid);
        ObjectNode target = body.has("metadata") && random.nextBoolean() ? (ObjectNode) body.get("metadata") : body;
        List<String> fields = new ArrayList<>(target.propertyNames());
        String field = fields.isEmpty() ? keys.next() : fields.get(random.nextInt(fields.size()));
        switch (random.nextInt(4)) {
            case 0 -> target.remove(field);
            case 1 -> target.set(keys.next(), values.next());
            case 2 -> target.put(field, strings.next());
            default -> target.set(field, values.next());
        }
        collect(body, texts);
        return JSON.writeValueAsString(body);
    }

    private String nested(int depth) {
        boolean arrays = random.nextBoolean();
        StringBuilder text = new StringBuilder();
        text.repeat(arrays ? "[" : "{\"a\":", depth).append("1").repeat(arrays ? "]" : "}", depth);
        return text.toString();
    }

    private String brokenJson(String json) {
        return switch (random.nextInt(4)) {
            case 0 -> json.substring(0, random.nextInt(json.length()));
            case 1 -> json.replaceFirst(":", "");
            case 2 -> json + "}";
            default -> "{\"metadata\": {\"message\": \"" + "9".repeat(random.nextInt(1, 5000)) + "\"}, 1e999999}";
        };
    }

    private static Arbitrary<JsonNode> nest(Arbitrary<JsonNode> inner) {
        Arbitrary<JsonNode> arrays = inner.list().ofMaxSize(5).map(items -> {
            ArrayNode array = NODES.arrayNode();
            items.forEach(array::add);
            return array;
        });
        Arbitrary<JsonNode> objects = Combinators.combine(
                        KEYS.list().ofMaxSize(5), inner.list().ofSize(5))
                .as((names, items) -> {
                    ObjectNode object = NODES.objectNode();
                    for (int i = 0; i < names.size(); i++) {
                        object.set(names.get(i), items.get(i));
                    }
                    return object;
                });
        return Arbitraries.oneOf(arrays, objects);
    }

    /** Strings long enough to recognise in a log line: the values and keys the body carries. */
    private static void collect(JsonNode node, List<String> texts) {
        if (node.isString() && node.asString().length() >= 12) {
            texts.add(node.asString());
        }
        node.properties().forEach(e -> {
            if (e.getKey().length() >= 12) {
                texts.add(e.getKey());
            }
        });
        node.values().forEach(child -> collect(child, texts));
    }
}
