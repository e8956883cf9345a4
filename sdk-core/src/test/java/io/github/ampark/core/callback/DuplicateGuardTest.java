package io.github.ampark.core.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DuplicateGuardTest {
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

  @Test
  void secondSightingOfAKeyIsADuplicate() {
    DuplicateGuard guard = DuplicateGuard.inMemory();
    assertThat(guard.firstTime("order:T1:2")).isTrue();
    assertThat(guard.firstTime("order:T1:2")).isFalse();
    assertThat(guard.firstTime("order:T1:3")).isTrue();
  }

  @Test
  void forgottenKeyIsProcessedAgain() {
    DuplicateGuard guard = DuplicateGuard.inMemory();
    guard.firstTime("k");
    guard.forget("k");
    assertThat(guard.firstTime("k")).isTrue();
  }

  @Test
  void guardIsBoundedAndForgetsTheOldestFirst() {
    InMemoryDuplicateGuard guard = new InMemoryDuplicateGuard(3, Duration.ofHours(1), Clock.systemUTC());
    for (int i = 0; i < 10; i++) {
      guard.firstTime("k" + i);
    }
    assertThat(guard.size()).isEqualTo(3);
    assertThat(guard.firstTime("k9")).isFalse();
    assertThat(guard.firstTime("k0")).isTrue();
  }

  @Test
  void keysExpireAfterTheirTtl() {
    MutableClock clock = new MutableClock();
    InMemoryDuplicateGuard guard = new InMemoryDuplicateGuard(100, Duration.ofMinutes(10), clock);
    guard.firstTime("k");
    clock.now = clock.now.plus(Duration.ofMinutes(9));
    assertThat(guard.firstTime("k")).isFalse();
    clock.now = clock.now.plus(Duration.ofMinutes(2));
    assertThat(guard.firstTime("k")).isTrue();
  }

  @Test
  void noneGuardTreatsEverythingAsNewAndBoundsAreValidated() {
    assertThat(DuplicateGuard.none().firstTime("k")).isTrue();
    assertThat(DuplicateGuard.none().firstTime("k")).isTrue();
    assertThatThrownBy(() -> new InMemoryDuplicateGuard(0, Duration.ofMinutes(1), Clock.systemUTC()))
        .isInstanceOf(ValidationException.class);
  }
}
