/**
 * A {@link io.github.ampark.core.callback.DuplicateGuard} shared by every instance of an
 * application through Redis: {@link io.github.ampark.guard.redis.RedisDuplicateGuard} on a Lettuce
 * connection (standalone, Sentinel-managed or Cluster), and its one failure type, {@link
 * io.github.ampark.guard.redis.RedisGuardException}. Depends on Lettuce and sdk-core only. See
 * {@code docs/duplicate-guards.md}.
 */
package io.github.ampark.guard.redis;
