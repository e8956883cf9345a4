/**
 * A {@link io.github.ampark.core.callback.DuplicateGuard} shared by every instance of an
 * application through one database table: {@link io.github.ampark.guard.jdbc.JdbcDuplicateGuard}
 * (PostgreSQL first, portable SQL), its {@link io.github.ampark.guard.jdbc.SqlDialect} and its one
 * failure type, {@link io.github.ampark.guard.jdbc.JdbcGuardException}. Depends on {@code java.sql}
 * and sdk-core only; bring your JDBC driver and {@code DataSource}. See {@code docs/duplicate-guards.md}.
 */
package io.github.ampark.guard.jdbc;
