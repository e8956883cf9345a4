package io.github.ampark.core.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ValidationException;
import io.github.ampark.core.callback.DuplicateGuard.Claim;
import io.github.ampark.core.testing.DuplicateGuardContract;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The in-memory guard: the shared contract (one store = this instance, so both "nodes" are it), plus its bounds. */
class DuplicateGuardTest extends DuplicateGuardContract {
  private InMemoryDuplicateGuard store;

  @Override
  protected DuplicateGuard newNode() {
    if (store == null) {
      store = new InMemoryDuplicateGuard(10_000, RETENTION, LEASE, clock);
    }
    return store;
  }

  static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  static InMemoryDuplicateGuard guard(MutableClock clock) {
    return new InMemoryDuplicateGuard(100, Duration.ofMinutes(10), Duration.ofMinutes(1), clock);
  }

  @Test
  void firstClaimOwnsTheKeyAndAHandledKeyIsDone() {
    DuplicateGuard guard = DuplicateGuard.inMemory();
    assertThat(guard.claim("order:T1:2")).isEqualTo(Claim.FIRST);
    guard.complete("order:T1:2");
    assertThat(guard.claim("order:T1:2")).isEqualTo(Claim.DONE);
    assertThat(guard.claim("order:T1:3")).isEqualTo(Claim.FIRST);
  }

  @Test
  void aResendWhileTheFirstDeliveryIsBeingHandledIsBusyNotDone() {
    DuplicateGuard guard = DuplicateGuard.inMemory();
    guard.claim("k");
    assertThat(guard.claim("k")).isEqualTo(Claim.IN_PROGRESS);
  }

  @Test
  void aReleasedKeyIsHandledAgain() {
    DuplicateGuard guard = DuplicateGuard.inMemory();
    guard.claim("k");
    guard.release("k");
    assertThat(guard.claim("k")).isEqualTo(Claim.FIRST);
  }

  @Test
  void aClaimNeverCompletedIsGivenUpAfterTheClaimTimeout() {
    MutableClock clock = new MutableClock();
    InMemoryDuplicateGuard guard = guard(clock);
    guard.claim("k");
    clock.now = clock.now.plus(Duration.ofSeconds(59));
    assertThat(guard.claim("k")).isEqualTo(Claim.IN_PROGRESS);
    clock.now = clock.now.plus(Duration.ofSeconds(2));
    assertThat(guard.claim("k")).isEqualTo(Claim.FIRST);
  }

  @Test
  void handledKeysExpireAfterTheirTtl() {
    MutableClock clock = new MutableClock();
    InMemoryDuplicateGuard guard = guard(clock);
    guard.claim("k");
    guard.complete("k");
    clock.now = clock.now.plus(Duration.ofMinutes(9));
    assertThat(guard.claim("k")).isEqualTo(Claim.DONE);
    clock.now = clock.now.plus(Duration.ofMinutes(2));
    assertThat(guard.claim("k")).isEqualTo(Claim.FIRST);
  }

  @Test
  void guardIsBoundedAndForgetsTheOldestFirst() {
    InMemoryDuplicateGuard guard = new InMemoryDuplicateGuard(3, Duration.ofHours(1), Duration.ofMinutes(1), Clock.systemUTC());
    for (int i = 0; i < 10; i++) {
      guard.claim("k" + i);
      guard.complete("k" + i);
    }
    assertThat(guard.size()).isEqualTo(3);
    assertThat(guard.claim("k9")).isEqualTo(Claim.DONE);
    assertThat(guard.claim("k0")).isEqualTo(Claim.FIRST);
  }

  @Test
  void onceHandlesAnEventOnceAndAnswersRepeatsAndConcurrentDeliveries() {
    DuplicateGuard guard = DuplicateGuard.inMemory();
    AtomicInteger handled = new AtomicInteger();
    String first = guard.once("k", () -> {
      // a resend arrives while the first delivery is being handled
      String concurrent = guard.once("k", () -> "handled again!", "ok"::equals, () -> "already", () -> "busy");
      assertThat(concurrent).isEqualTo("busy");
      handled.incrementAndGet();
      return "ok";
    }, "ok"::equals, () -> "already", () -> "busy");
    assertThat(first).isEqualTo("ok");
    assertThat(guard.once("k", () -> "handled again!", "ok"::equals, () -> "already", () -> "busy")).isEqualTo("already");
    assertThat(handled.get()).isEqualTo(1);
  }

  @Test
  void onceReleasesTheKeyWhenHandlingFailsOrThrows() {
    DuplicateGuard guard = DuplicateGuard.inMemory();
    assertThat(guard.once("k", () -> "fail", "ok"::equals, () -> "already", () -> "busy")).isEqualTo("fail");
    assertThatThrownBy(() -> guard.once("k", () -> {
      throw new IllegalStateException("db down");
    }, "ok"::equals, () -> "already", () -> "busy")).isInstanceOf(IllegalStateException.class);
    assertThat(guard.once("k", () -> "ok", "ok"::equals, () -> "already", () -> "busy")).isEqualTo("ok");
  }

  @Test
  void noneGuardTreatsEverythingAsNewAndBoundsAreValidated() {
    assertThat(DuplicateGuard.none().claim("k")).isEqualTo(Claim.FIRST);
    assertThat(DuplicateGuard.none().claim("k")).isEqualTo(Claim.FIRST);
    assertThatThrownBy(() -> new InMemoryDuplicateGuard(0, Duration.ofMinutes(1), Duration.ofMinutes(1), Clock.systemUTC()))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new InMemoryDuplicateGuard(1, Duration.ZERO, Duration.ofMinutes(1), Clock.systemUTC()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("ttl"));
  }
}
