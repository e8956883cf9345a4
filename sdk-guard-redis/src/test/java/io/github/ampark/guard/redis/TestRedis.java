package io.github.ampark.guard.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The Redis the tests run on: the real server named by {@code AMPARK_TEST_REDIS_URL} ({@code
 * .ci/run} starts one). Without it the tests are skipped, saying so — except in CI ({@code
 * CI=true}), where a missing server fails them.
 */
final class TestRedis implements AutoCloseable {
  static final String URL_VARIABLE = "AMPARK_TEST_REDIS_URL";

  final RedisClient client;
  private final List<StatefulRedisConnection<String, String>> connections = new ArrayList<>();

  private TestRedis(RedisClient client) {
    this.client = client;
  }

  private static final String SKIPPED = URL_VARIABLE + " is not set: no Redis server, so the Redis guard tests are"
      + " skipped (run `bash .ci/services start` and export what it prints to run them)";

  /** Connects; {@code null} when no server is configured (in CI that fails instead). */
  static TestRedis connectIfConfigured() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isEmpty()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("CI=true but " + URL_VARIABLE
            + " is not set: .ci/run must start Redis (.ci/services) before the build");
      }
      System.err.println("[sdk-guard-redis tests] " + SKIPPED);
      return null;
    }
    RedisClient client = RedisClient.create(url);
    client.setDefaultTimeout(Duration.ofSeconds(10));
    return new TestRedis(client);
  }

  /** Skips the calling test (reported as skipped) when there is no server. */
  static void assumeServer(TestRedis redis) {
    Assumptions.assumeTrue(redis != null, SKIPPED);
  }

  /** A new connection (each "node" has its own, as separate instances would). */
  StatefulRedisConnection<String, String> connect() {
    StatefulRedisConnection<String, String> c = client.connect();
    connections.add(c);
    return c;
  }

  /** Commands for the test's own reads and writes. */
  RedisCommands<String, String> commands() {
    return connect().sync();
  }

  @Override
  public void close() {
    for (StatefulRedisConnection<String, String> c : connections) {
      c.close();
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }
}
