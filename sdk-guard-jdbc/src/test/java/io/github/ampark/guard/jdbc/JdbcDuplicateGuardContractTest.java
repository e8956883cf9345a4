package io.github.ampark.guard.jdbc;

import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.core.testing.SharedDuplicateGuardContract;

/**
 * The shared contract on the real PostgreSQL (H2 in PostgreSQL mode for a quick local run), with
 * the dialect detected from the connection. Each node is its own guard instance on one table.
 */
class JdbcDuplicateGuardContractTest extends SharedDuplicateGuardContract {
  @Override
  protected DuplicateGuard newNode() {
    return JdbcDuplicateGuard.builder(TestDatabase.get().dataSource)
        .lease(LEASE).retention(RETENTION).clock(clock).build();
  }
}
