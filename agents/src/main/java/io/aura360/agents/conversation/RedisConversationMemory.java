package io.aura360.agents.conversation;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conversation memory in Redis, shared by every agents instance: one list per user and session, trimmed to
 * the last turns and expiring {@code ttl} after the last write. Turns are stored as {@code role\ttext}. Keys are
 * {@code aura360:conversation:<user uuid>:<session id>}.
 *
 * <p>The connection is shared by every request thread, so an append is one Lua script (atomic in Redis) rather than
 * a MULTI/EXEC block, which Lettuce cannot keep apart when several threads use one connection.
 *
 * <p>Redis trouble never fails the advice: a history that cannot be read is empty (the answer is written without it)
 * and a turn that cannot be written is logged and lost. Only an erasure fails, to be tried again.
 */
public final class RedisConversationMemory implements ConversationMemory {

    private static final String PREFIX = "aura360:conversation:";

    private static final int SCAN_BATCH = 500;

    /** KEYS[1] the session; ARGV: the encoded turn, how many turns to keep, the time to live in milliseconds. */
    private static final String APPEND = """
            redis.call('RPUSH', KEYS[1], ARGV[1])
            redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return 1
            """;

    private static final Logger log = LoggerFactory.getLogger(RedisConversationMemory.class);

    private final StatefulRedisConnection<String, String> connection;

    private final Duration ttl;

    private final String appendDigest;

    public RedisConversationMemory(StatefulRedisConnection<String, String> connection, Duration ttl) {
        this.connection = connection;
        this.ttl = ttl;
        this.appendDigest = connection.sync().digest(APPEND);
    }

    @Override
    public List<Turn> recent(UUID userId, String sessionId) {
        try {
            return connection.sync().lrange(key(userId, sessionId), -MAX_TURNS, -1).stream()
                    .map(RedisConversationMemory::decode)
                    .toList();
        } catch (RedisException ex) {
            log.warn("conversation history of {} not read, answering without it: {}", userId, ex.getMessage());
            return List.of();
        }
    }

    @Override
    public void append(UUID userId, String sessionId, Turn turn) {
        String[] keys = {key(userId, sessionId)};
        String[] args = {turn.role() + "\t" + turn.text(), Integer.toString(MAX_TURNS), Long.toString(ttl.toMillis())};
        RedisCommands<String, String> redis = connection.sync();
        try {
            try {
                redis.evalsha(appendDigest, ScriptOutputType.INTEGER, keys, args);
            } catch (RedisNoScriptException notCached) {
                // Redis restarted or flushed its script cache: EVAL sends the script and caches it again.
                redis.eval(APPEND, ScriptOutputType.INTEGER, keys, args);
            }
        } catch (RedisException ex) {
            log.warn("conversation turn of {} not kept: {}", userId, ex.getMessage());
        }
    }

    /**
     * Deletes the user's sessions found by {@code SCAN} (never {@code KEYS}, which blocks Redis while it walks the
     * whole keyspace). The pattern is the user's canonical UUID — fixed length, only hex digits and dashes, so no
     * glob characters — followed by the separator: it can only match this user's keys.
     */
    @Override
    public void forgetUser(UUID userId) {
        RedisCommands<String, String> redis = connection.sync();
        ScanArgs userKeys = ScanArgs.Builder.matches(PREFIX + userId + ":*").limit(SCAN_BATCH);
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = redis.scan(cursor, userKeys);
            if (!page.getKeys().isEmpty()) {
                redis.del(page.getKeys().toArray(String[]::new));
            }
            cursor = page;
        } while (!cursor.isFinished());
    }

    private static String key(UUID userId, String sessionId) {
        return PREFIX + userId + ":" + sessionId;
    }

    private static Turn decode(String stored) {
        int tab = stored.indexOf('\t');
        return (tab < 0) ? new Turn("user", stored) : new Turn(stored.substring(0, tab), stored.substring(tab + 1));
    }
}
