package io.github.ampark.guard.redis;

import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.core.testing.SharedDuplicateGuardContract;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The shared contract on a real Redis server. Each node is its own guard on its own connection.
 * Redis keeps time itself (PX expiries), so time passes by shortening the remaining expiry of every
 * key of this test by the same amount ({@code PEXPIRE} to {@code PTTL - d}, or deletion when that
 * reaches zero): exactly what the server would do after {@code d}.
 */
class RedisDuplicateGuardContractTest extends SharedDuplicateGuardContract {
  private static TestRedis redis;
  private static StatefulRedisConnection<String, String> first;
  private static StatefulRedisConnection<String, String> second;
  private static RedisCommands<String, String> admin;

  private final String prefix = "ampark-test:" + UUID.randomUUID() + ":";
  private int nodes;

  @BeforeAll
  static void connect() {
    redis = TestRedis.connectIfConfigured();
    if (redis == null) {
      return;
    }
    first = redis.connect();
    second = redis.connect();
    admin = redis.commands();
  }

  @BeforeEach
  void needsAServer() {
    TestRedis.assumeServer(redis);
  }

  @AfterAll
  static void disconnect() {
    if (redis != null) {
      redis.close();
    }
  }

  @Override
  protected DuplicateGuard newNode() {
    StatefulRedisConnection<String, String> c = nodes++ % 2 == 0 ? first : second;
    return RedisDuplicateGuard.builder(c).keyPrefix(prefix).lease(LEASE).retention(RETENTION).build();
  }

  @Override
  protected void passTime(Duration d) {
    ScanCursor cursor = ScanCursor.INITIAL;
    do {
      KeyScanCursor<String> page = admin.scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(100));
      for (String key : page.getKeys()) {
        long left = admin.pttl(key);
        if (left < 0) {
          continue; // gone meanwhile (-2); the guard never writes a key without expiry (-1)
        }
        if (left - d.toMillis() <= 0) {
          admin.del(key);
        } else {
          admin.pexpire(key, left - d.toMillis());
        }
      }
      cursor = page;
    } while (!cursor.isFinished());
  }
}
