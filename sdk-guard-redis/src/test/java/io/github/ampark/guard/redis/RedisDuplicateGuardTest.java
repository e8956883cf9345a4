package io.github.ampark.guard.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ValidationException;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.DuplicateGuard.Claim;
import io.github.ampark.guard.redis.internal.Scripts;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What only the Redis guard does: its keys and values, real expiry, scripts and failures. */
class RedisDuplicateGuardTest {
  private static final CallbackReply ACK = CallbackReply.text("success").asAcknowledgement();

  private static TestRedis redis;
  private static StatefulRedisConnection<String, String> connection;
  private static RedisCommands<String, String> admin;

  private final String prefix = "ampark-test:" + UUID.randomUUID() + ":";

  @BeforeAll
  static void connect() {
    redis = TestRedis.connectIfConfigured();
    if (redis == null) {
      return;
    }
    connection = redis.connect();
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

  private RedisDuplicateGuard.Builder guard() {
    return RedisDuplicateGuard.builder(connection).keyPrefix(prefix);
  }

  @Test
  void aClaimIsSetNxWithTheOwnerAndTheLeaseAndCompletionKeepsTheKeyForTheRetention() {
    RedisDuplicateGuard guard = guard().nodeName("web-1").lease(Duration.ofSeconds(90))
        .retention(Duration.ofHours(2)).build();
    String key = prefix + "wikeyun:T1:2";
    assertThat(guard.redisKey("wikeyun:T1:2")).isEqualTo(key);
    assertThat(guard.claim("wikeyun:T1:2")).isEqualTo(Claim.FIRST);
    String claimed = admin.get(key);
    assertThat(claimed).matches("CLAIMED web-1/[0-9a-f]{16}");
    assertThat(admin.pttl(key)).isBetween(80_000L, 90_000L);

    guard.complete("wikeyun:T1:2");
    assertThat(admin.get(key)).as("completed by the claim's owner")
        .isEqualTo("DONE " + claimed.substring("CLAIMED ".length()));
    assertThat(admin.pttl(key)).isBetween(2 * 3_600_000L - 10_000L, 2 * 3_600_000L);
  }

  @Test
  void aRefusedEventLeavesNoKeyBehind() {
    RedisDuplicateGuard guard = guard().build();
    assertThat(guard.once("k", () -> "refused", "ok"::equals, () -> "already", () -> "busy")).isEqualTo("refused");
    assertThat(admin.exists(prefix + "k")).isZero();
  }

  /** The one test on Redis's own clock: a short lease, waited out on the server. */
  @Test
  void aCrashedClaimReallyExpiresOnTheServerAfterItsLease() throws InterruptedException {
    RedisDuplicateGuard crashed = guard().lease(Duration.ofMillis(1500)).build();
    RedisDuplicateGuard other = guard().build();
    assertThat(crashed.claim("crash")).isEqualTo(Claim.FIRST);
    assertThat(other.claim("crash")).isEqualTo(Claim.IN_PROGRESS);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (admin.pttl(prefix + "crash") != -2) { // waiting for the server's expiry, not ordering threads
      assertThat(System.nanoTime()).as("the claim expired within 20 s").isLessThan(deadline);
      Thread.sleep(50);
    }
    assertThat(other.claim("crash")).isEqualTo(Claim.FIRST);
  }

  @Test
  void aClosedConnectionIsAnErrorNeverAnAnswerAndNothingIsHandled() {
    StatefulRedisConnection<String, String> doomed = redis.connect();
    RedisDuplicateGuard guard = RedisDuplicateGuard.builder(doomed).keyPrefix(prefix).build();
    doomed.close();
    AtomicInteger handled = new AtomicInteger();
    assertThatThrownBy(() -> guard.claim("k")).isInstanceOfSatisfying(RedisGuardException.class, e -> {
      assertThat(e.operation()).isEqualTo("claim");
      assertThat(e.getCause()).isInstanceOf(io.lettuce.core.RedisException.class);
      assertThat(e.mayHaveTakenEffect()).isFalse();
    });
    assertThatThrownBy(() -> guard.handleOnce("k", () -> {
      handled.incrementAndGet();
      return ACK;
    }, () -> ACK, () -> ACK)).isInstanceOf(RedisGuardException.class);
    assertThat(handled.get()).isZero();
    assertThatThrownBy(() -> guard.complete("k")).isInstanceOfSatisfying(RedisGuardException.class,
        e -> assertThat(e.operation()).isEqualTo("complete"));
  }

  @Test
  void scriptsFlushedFromTheServerAreLoadedAgain() {
    RedisDuplicateGuard guard = guard().build();
    assertThat(guard.claim("before")).isEqualTo(Claim.FIRST);
    admin.scriptFlush();
    assertThat(guard.claim("after")).isEqualTo(Claim.FIRST);
    guard.complete("after");
    assertThat(guard.claim("after")).isEqualTo(Claim.DONE);
    assertThat(admin.scriptExists(Scripts.sha1(Scripts.CLAIM), Scripts.sha1(Scripts.COMPLETE))).containsExactly(true, true);
  }

  @Test
  void longKeysAreStoredAsTheirSha256AndStayDistinct() throws Exception {
    RedisDuplicateGuard guard = guard().build();
    String base = "bolink:" + "x".repeat(300);
    assertThat(guard.claim(base + "A")).isEqualTo(Claim.FIRST);
    assertThat(guard.claim(base + "B")).isEqualTo(Claim.FIRST);
    guard.complete(base + "A");
    assertThat(guard.claim(base + "A")).isEqualTo(Claim.DONE);
    assertThat(guard.claim(base + "B")).isEqualTo(Claim.IN_PROGRESS);
    byte[] d = MessageDigest.getInstance("SHA-256").digest((base + "A").getBytes(StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder();
    for (byte b : d) {
      hex.append(String.format("%02x", b));
    }
    assertThat(admin.get(prefix + "sha256:" + hex)).startsWith("DONE ");
  }

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    RedisDuplicateGuard guard = RedisDuplicateGuard.builder(connection).build();
    assertThat(guard.keyPrefix()).isEqualTo("ampark:guard:");
    assertThat(guard.lease()).isEqualTo(Duration.ofMinutes(5));
    assertThat(guard.retention()).isEqualTo(Duration.ofHours(24));
    assertThat(guard.nodeName()).matches("node-[0-9a-f]{8}");
    assertThat(guard.toString()).contains("ampark:guard:", "PT5M", "PT24H");
  }

  @Test
  void badSettingsAndKeysAreRejectedNamingTheField() {
    assertField(() -> RedisDuplicateGuard.builder((StatefulRedisConnection<String, String>) null), "connection");
    assertField(() -> guard().keyPrefix("my app:"), "keyPrefix");
    assertField(() -> guard().keyPrefix("x".repeat(129)), "keyPrefix");
    assertField(() -> guard().lease(Duration.ZERO), "lease");
    assertField(() -> guard().retention(Duration.ofDays(365_000)), "retention");
    assertField(() -> guard().nodeName(""), "nodeName");
    assertField(() -> guard().build().claim(""), "key");
  }

  @Test
  void theScriptsAreTheOnesInTheDocs() throws Exception {
    String docs = new String(Files.readAllBytes(Paths.get("..", "docs", "duplicate-guards.md")), StandardCharsets.UTF_8);
    assertThat(docs).contains(Scripts.CLAIM.trim(), Scripts.COMPLETE.trim(), Scripts.RELEASE.trim());
  }

  private static void assertField(Runnable r, String field) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.field()).isEqualTo(field));
  }
}
