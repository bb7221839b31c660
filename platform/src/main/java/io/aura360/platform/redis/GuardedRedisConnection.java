package io.aura360.platform.redis;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The shared Redis connection with every synchronous command run through the {@code redis} circuit breaker. Each
 * feature already treats a {@link RedisException} as "Redis is unavailable" and falls back (profile cache miss,
 * in-process limits, outbox kept for later); with the breaker open a command fails at once with a
 * {@link RedisConnectionException} instead of waiting for the command timeout, so those fallbacks cost nothing.
 * Only Lettuce's own failures count against Redis. Asynchronous and reactive commands are not guarded: no feature
 * issues them on the shared connection.
 */
final class GuardedRedisConnection {

    private GuardedRedisConnection() {}

    @SuppressWarnings("unchecked")
    static StatefulRedisConnection<String, String> guard(
            StatefulRedisConnection<String, String> connection, CircuitBreaker breaker) {
        RedisCommands<String, String> commands = (RedisCommands<String, String>) Proxy.newProxyInstance(
                RedisCommands.class.getClassLoader(),
                new Class<?>[] {RedisCommands.class},
                new GuardedCommands(connection.sync(), breaker));
        return (StatefulRedisConnection<String, String>) Proxy.newProxyInstance(
                StatefulRedisConnection.class.getClassLoader(),
                new Class<?>[] {StatefulRedisConnection.class},
                (proxy, method, args) -> "sync".equals(method.getName()) && method.getParameterCount() == 0
                        ? commands
                        : invoke(connection, method, args));
    }

    static boolean isRedisFailure(Throwable failure) {
        return failure instanceof RedisException;
    }

    private record GuardedCommands(RedisCommands<String, String> commands, CircuitBreaker breaker)
            implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return GuardedRedisConnection.invoke(commands, method, args);
            }
            try {
                return breaker.executeCheckedSupplier(() -> GuardedRedisConnection.invoke(commands, method, args));
            } catch (CallNotPermittedException open) {
                throw new RedisConnectionException("Redis circuit breaker is open: not calling Redis", open);
            }
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }
}
