package io.aura360.agents.conversation;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * Conversation memory in Redis, shared by every agents instance: one list per user and session, trimmed to
 * the last turns and expiring {@code ttl} after the last write. Turns are stored as {@code role\ttext}.
 */
public final class RedisConversationMemory implements ConversationMemory {

	private static final String PREFIX = "aura360:conversation:";

	private final StatefulRedisConnection<String, String> connection;

	private final Duration ttl;

	public RedisConversationMemory(StatefulRedisConnection<String, String> connection, Duration ttl) {
		this.connection = connection;
		this.ttl = ttl;
	}

	@Override
	public List<Turn> recent(UUID userId, String sessionId) {
		return connection.sync()
			.lrange(key(userId, sessionId), -MAX_TURNS, -1)
			.stream()
			.map(RedisConversationMemory::decode)
			.toList();
	}

	@Override
	public void append(UUID userId, String sessionId, Turn turn) {
		String key = key(userId, sessionId);
		RedisCommands<String, String> redis = connection.sync();
		redis.multi();
		redis.rpush(key, turn.role() + "\t" + turn.text());
		redis.ltrim(key, -MAX_TURNS, -1);
		redis.expire(key, ttl);
		redis.exec();
	}

	private static String key(UUID userId, String sessionId) {
		return PREFIX + userId + ":" + sessionId;
	}

	private static Turn decode(String stored) {
		int tab = stored.indexOf('\t');
		return (tab < 0) ? new Turn("user", stored) : new Turn(stored.substring(0, tab), stored.substring(tab + 1));
	}

}
