package io.aura360.gateway.idempotency;

import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * {@code Idempotency-Key} semantics for advice: the same key with the same body replays the stored answer (also
 * after a restart: it lives in PostgreSQL); with another body it is a 422; while the first call still runs, a
 * 409. Keys are scoped per user and expire after a day. A call that fails releases its key so it can be retried.
 * A key left claimed by a crash follows its request ({@link ClaimedRequests}): replayed once the request completed,
 * released once it failed or can no longer start.
 */
@Service
public class IdempotentExecution {

    static final Duration TTL = Duration.ofHours(24);

    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9._:-]{1,100}$");

    private final IdempotencyStore store;

    private final ClaimedRequests requests;

    IdempotentExecution(IdempotencyStore store, ClaimedRequests requests) {
        this.store = store;
        this.requests = requests;
    }

    /**
     * Runs {@code work} once per user and key and stores its answer as {@code write} puts it; a replay answers
     * what {@code read} makes of the stored text. {@code requestId} is the id {@code work} gives the request it
     * creates, recorded with the claim.
     */
    public <T> Outcome<T> execute(
            UUID userId,
            String key,
            String canonicalRequest,
            UUID requestId,
            Supplier<T> work,
            Function<T, String> write,
            Function<String, T> read) {
        if (!KEY.matcher(key).matches()) {
            throw new ApiProblemException(
                    ProblemType.INVALID_REQUEST,
                    "Idempotency-Key must be 1-100 characters of letters, digits, '.', '_', ':' or '-'.");
        }
        String hash = sha256(canonicalRequest);
        if (store.claim(userId, key, hash, TTL, requestId)) {
            return run(userId, key, requestId, work, write);
        }
        IdempotencyStore.StoredKey stored = stored(userId, key, hash);
        if (stored.status() == IdempotencyStore.KeyStatus.COMPLETED) {
            return new Outcome<>(read.apply(stored.response()), true);
        }
        return switch (requests.find(userId, stored.requestId(), stored.claimedAt())) {
            case ClaimedRequests.ClaimedRequest.Answered answered -> {
                store.complete(userId, key, answered.json());
                yield new Outcome<>(read.apply(answered.json()), true);
            }
            case ClaimedRequests.ClaimedRequest.Abandoned abandoned -> {
                store.release(userId, key, stored.requestId());
                if (!store.claim(userId, key, hash, TTL, requestId)) {
                    throw inProgress(); // another retry took the released key first
                }
                yield run(userId, key, requestId, work, write);
            }
            case ClaimedRequests.ClaimedRequest.Running running -> throw inProgress();
        };
    }

    private <T> Outcome<T> run(UUID userId, String key, UUID requestId, Supplier<T> work, Function<T, String> write) {
        try {
            T answer = work.get();
            store.complete(userId, key, write.apply(answer));
            return new Outcome<>(answer, false);
        } catch (RuntimeException ex) {
            store.release(userId, key, requestId);
            throw ex;
        }
    }

    private IdempotencyStore.StoredKey stored(UUID userId, String key, String hash) {
        IdempotencyStore.StoredKey stored = store.find(userId, key)
                .orElseThrow(() ->
                        new ApiProblemException(ProblemType.CONFLICT, "The Idempotency-Key is being released; retry."));
        if (!stored.requestHash().equals(hash)) {
            throw new ApiProblemException(
                    ProblemType.INVALID_REQUEST, "This Idempotency-Key was used with a different request body.");
        }
        return stored;
    }

    private static ApiProblemException inProgress() {
        return new ApiProblemException(
                ProblemType.CONFLICT, "A request with this Idempotency-Key is still in progress.");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The answer and whether it was replayed from an earlier call. */
    public record Outcome<T>(T answer, boolean replayed) {}
}
