package io.github.ampark.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.guard.jdbc.JdbcDuplicateGuard;
import io.github.ampark.spring.internal.GuardConfigurations;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which DuplicateGuard the callbacks share: yours, Redis, JDBC, else in memory; a forced type that cannot be had fails. */
class GuardSelectionTest {
  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(AmparkAutoConfiguration.class));

  static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:guard" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  @Test
  void withNothingConfiguredTheGuardIsInMemory() {
    runner.run(ctx -> assertThat(ctx.getBean(DuplicateGuard.class).getClass().getSimpleName())
        .isEqualTo("InMemoryDuplicateGuard"));
  }

  @Test
  void yourDuplicateGuardBeanWins() {
    DuplicateGuard mine = DuplicateGuard.inMemory();
    runner.withBean(DuplicateGuard.class, () -> mine).withBean(DataSource.class, GuardSelectionTest::h2)
        .run(ctx -> assertThat(ctx.getBean(DuplicateGuard.class)).isSameAs(mine));
  }

  @Test
  void aDataSourceWithSdkGuardJdbcGivesTheJdbcGuardAndCanCreateItsTable() {
    runner.withBean(DataSource.class, GuardSelectionTest::h2)
        .withPropertyValues("ampark.guard.jdbc.initialize-schema=true", "ampark.guard.jdbc.table=guard_t")
        .run(ctx -> {
          DuplicateGuard guard = ctx.getBean(DuplicateGuard.class);
          assertThat(guard).isInstanceOf(JdbcDuplicateGuard.class);
          assertThat(((JdbcDuplicateGuard) guard).table()).isEqualTo("guard_t");
          assertThat(guard.claim("k1")).isEqualTo(DuplicateGuard.Claim.FIRST);
          assertThat(guard.claim("k1")).isNotEqualTo(DuplicateGuard.Claim.FIRST);
        });
  }

  @Test
  void typeMemoryKeepsTheInMemoryGuardEvenWithADataSource() {
    runner.withBean(DataSource.class, GuardSelectionTest::h2).withPropertyValues("ampark.guard.type=memory")
        .run(ctx -> assertThat(ctx.getBean(DuplicateGuard.class)).isNotInstanceOf(JdbcDuplicateGuard.class));
  }

  @Test
  void aForcedTypeThatCannotBeHadFailsAtStartupSayingWhy() {
    runner.withPropertyValues("ampark.guard.type=redis").run(ctx ->
        assertThat(ctx).getFailure().rootCause().hasMessageContaining("ampark.guard.type=redis")
            .hasMessageContaining("ampark.guard.redis.url"));
    runner.withPropertyValues("ampark.guard.type=jdbc").run(ctx ->
        assertThat(ctx).getFailure().rootCause().hasMessageContaining("DataSource"));
  }

  @Test
  void aRedisUrlGivesTheRedisGuardOnThatServer() {
    String url = System.getenv("AMPARK_TEST_REDIS_URL");
    if (url == null || url.isEmpty()) {
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail("AMPARK_TEST_REDIS_URL is not set under CI (.ci/services starts Redis)");
      }
      System.err.println("SKIPPED GuardSelectionTest.aRedisUrlGivesTheRedisGuardOnThatServer: no AMPARK_TEST_REDIS_URL");
      Assumptions.abort("AMPARK_TEST_REDIS_URL is not set: start Redis with `bash .ci/services start`");
    }
    String key = "selection-" + System.nanoTime();
    runner.withBean(DataSource.class, GuardSelectionTest::h2)
        .withPropertyValues("ampark.guard.redis.url=" + url, "ampark.guard.redis.key-prefix=ampark:test:")
        .run(ctx -> {
          DuplicateGuard guard = ctx.getBean(DuplicateGuard.class);
          assertThat(guard).isInstanceOf(GuardConfigurations.RedisGuard.class);
          assertThat(guard.claim(key)).isEqualTo(DuplicateGuard.Claim.FIRST);
          guard.release(key);
        });
  }
}
