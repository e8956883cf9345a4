package io.github.ampark.core.testing;

import io.github.ampark.core.callback.DuplicateGuard;

/** Duplicate guards for tests of callback handling. */
public final class Guards {
  private Guards() {}

  /**
   * A guard whose store is down: every {@code claim} throws, as a Redis or database guard does when
   * it cannot reach its server. Callback handling must turn that into a refusal, never an escaping
   * exception, and never a "handled".
   *
   * @return the guard
   */
  public static DuplicateGuard unreachable() {
    return new DuplicateGuard() {
      @Override
      public Claim claim(String key) {
        throw new IllegalStateException("redis down");
      }

      @Override
      public void complete(String key) {}

      @Override
      public void release(String key) {}
    };
  }
}
