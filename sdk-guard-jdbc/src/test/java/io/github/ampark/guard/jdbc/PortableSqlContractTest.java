package io.github.ampark.guard.jdbc;

import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.core.testing.SharedDuplicateGuardContract;

/**
 * The shared contract with {@link SqlDialect#STANDARD} forced: plain {@code INSERT}, a duplicate
 * recognised by its integrity-violation SQLState — on PostgreSQL too.
 */
class PortableSqlContractTest extends SharedDuplicateGuardContract {
  @Override
  protected DuplicateGuard newNode() {
    return JdbcDuplicateGuard.builder(TestDatabase.get().dataSource)
        .dialect(SqlDialect.STANDARD).lease(LEASE).retention(RETENTION).clock(clock).build();
  }
}
