package io.github.ampark.guard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ValidationException;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.DuplicateGuard.Claim;
import io.github.ampark.core.testing.DuplicateGuardContract.TestClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What only the JDBC guard does: its rows, its DDL, its settings and its failures. */
class JdbcDuplicateGuardTest {
  private static final CallbackReply ACK = CallbackReply.text("success").asAcknowledgement();

  private final TestDatabase db = TestDatabase.get();
  private final TestClock clock = new TestClock();
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private JdbcDuplicateGuard.Builder guard() {
    return JdbcDuplicateGuard.builder(db.dataSource).clock(clock);
  }

  private List<Object> row(String storedKey) throws SQLException {
    try (Connection c = db.dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT state, owner_token, expires_at_ms, updated_at_ms FROM ampark_duplicate_guard WHERE event_key = ?")) {
      ps.setString(1, storedKey);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        List<Object> row = new ArrayList<>();
        row.add(rs.getString(1));
        row.add(rs.getString(2));
        row.add(rs.getLong(3));
        row.add(rs.getLong(4));
        return row;
      }
    }
  }

  @Test
  void aClaimWritesTheKeyItsOwnerAndTheLeaseEndAndCompletionTheRetentionEnd() throws SQLException {
    JdbcDuplicateGuard guard = guard().nodeName("web-1").lease(Duration.ofSeconds(90))
        .retention(Duration.ofHours(2)).build();
    String k = "wikeyun:T" + run + ":2";
    long t0 = clock.millis();
    assertThat(guard.claim(k)).isEqualTo(Claim.FIRST);
    List<Object> claimed = row(k);
    assertThat(claimed.get(0)).isEqualTo("CLAIMED");
    assertThat((String) claimed.get(1)).matches("web-1/[0-9a-f]{16}");
    assertThat(claimed.get(2)).isEqualTo(t0 + 90_000L);
    assertThat(claimed.get(3)).isEqualTo(t0);

    clock.advance(Duration.ofSeconds(10));
    guard.complete(k);
    List<Object> done = row(k);
    assertThat(done.get(0)).isEqualTo("DONE");
    assertThat(done.get(1)).as("completed by the claim's owner").isEqualTo(claimed.get(1));
    assertThat(done.get(2)).isEqualTo(t0 + 10_000L + 2 * 3_600_000L);
  }

  @Test
  void aReleaseDeletesTheRowSoNothingOfARefusedEventRemains() throws SQLException {
    JdbcDuplicateGuard guard = guard().build();
    String k = "release:" + run;
    assertThat(guard.once(k, () -> "refused", "ok"::equals, () -> "already", () -> "busy")).isEqualTo("refused");
    assertThat(row(k)).isNull();
  }

  @Test
  void aMissingTableIsAnErrorNeverAnAnswerAndNothingIsHandled() {
    JdbcDuplicateGuard guard = guard().table("ampark_no_such_table").build();
    AtomicInteger handled = new AtomicInteger();
    assertThatThrownBy(() -> guard.claim("k"))
        .isInstanceOfSatisfying(JdbcGuardException.class, e -> {
          assertThat(e.operation()).isEqualTo("claim");
          assertThat(e.sqlState()).isNotNull();
          assertThat(e.getCause()).isInstanceOf(SQLException.class);
          assertThat(e.getMessage()).contains("ampark_no_such_table");
        });
    assertThatThrownBy(() -> guard.handleOnce("k", () -> {
      handled.incrementAndGet();
      return ACK;
    }, () -> ACK, () -> ACK)).isInstanceOf(JdbcGuardException.class);
    assertThat(handled.get()).isZero();
    assertThatThrownBy(() -> guard.complete("k")).isInstanceOfSatisfying(JdbcGuardException.class,
        e -> assertThat(e.operation()).isEqualTo("complete"));
    assertThatThrownBy(guard::purgeExpired).isInstanceOf(JdbcGuardException.class);
  }

  @Test
  void anUnreachableDatabaseIsAnErrorNeverAnAnswer() {
    DataSource down = new FailingDataSource(db.dataSource, 0);
    JdbcDuplicateGuard guard = JdbcDuplicateGuard.builder(down).build();
    assertThatThrownBy(() -> guard.claim("k")).isInstanceOfSatisfying(JdbcGuardException.class, e -> {
      assertThat(e.sqlState()).isEqualTo("08001");
      assertThat(e.mayHaveTakenEffect()).isFalse();
    });
  }

  @Test
  void whenTheCompletionCannotBeWrittenTheHandledEventIsStillAcknowledged() {
    // the claim gets a connection, the completion does not
    JdbcDuplicateGuard guard = JdbcDuplicateGuard.builder(new FailingDataSource(db.dataSource, 1)).clock(clock).build();
    AtomicInteger handled = new AtomicInteger();
    CallbackReply reply = guard.handleOnce("lost-complete:" + run, () -> {
      handled.incrementAndGet();
      return ACK;
    }, () -> ACK, () -> CallbackReply.text(503, "busy"));
    assertThat(reply).as("the work happened: an error reply would make the vendor resend it").isSameAs(ACK);
    assertThat(handled.get()).isEqualTo(1);
    assertThat(guard().build().claim("lost-complete:" + run))
        .as("the claim stays until its lease ends").isEqualTo(Claim.IN_PROGRESS);
  }

  @Test
  void aConnectionWithAutocommitOffIsCommittedAndGivenBackAsItCame() throws SQLException {
    DataSource manual = new FailingDataSource(db.dataSource, Integer.MAX_VALUE) {
      @Override
      public Connection getConnection() throws SQLException {
        Connection c = super.getConnection();
        c.setAutoCommit(false);
        return c;
      }
    };
    JdbcDuplicateGuard guard = JdbcDuplicateGuard.builder(manual).clock(clock).build();
    String k = "manual:" + run;
    assertThat(guard.claim(k)).isEqualTo(Claim.FIRST);
    try (Connection lent = db.dataSource.getConnection()) { // the pool is last-in first-out: the guard's
      assertThat(lent.getAutoCommit()).as("given back as it was lent").isFalse();
      assertThat(row(k)).as("visible from another connection: committed").isNotNull();
      lent.rollback();
      lent.setAutoCommit(true);
    }
  }

  @Test
  void longKeysAreStoredAsTheirSha256AndStayDistinct() throws Exception {
    JdbcDuplicateGuard guard = guard().build();
    String prefix = "bolink:" + run + ":" + "x".repeat(300);
    assertThat(guard.claim(prefix + "A")).isEqualTo(Claim.FIRST);
    assertThat(guard.claim(prefix + "B")).isEqualTo(Claim.FIRST);
    guard.complete(prefix + "A");
    assertThat(guard.claim(prefix + "A")).isEqualTo(Claim.DONE);
    assertThat(guard.claim(prefix + "B")).isEqualTo(Claim.IN_PROGRESS);
    String expected = "sha256:" + sha256Hex(prefix + "A");
    assertThat(row(expected)).isNotNull();
  }

  @Test
  void purgeDeletesOnlyRowsPastTheirLeaseOrRetention() throws SQLException {
    JdbcDuplicateGuard guard = guard().lease(Duration.ofMinutes(1)).retention(Duration.ofMinutes(10)).build();
    String claimed = "purge-claimed:" + run;
    String done = "purge-done:" + run;
    guard.claim(claimed);
    guard.claim(done);
    guard.complete(done);
    clock.advance(Duration.ofMinutes(2));
    assertThat(guard.purgeExpired()).isGreaterThanOrEqualTo(1);
    assertThat(row(claimed)).as("lease over").isNull();
    assertThat(row(done)).as("still retained").isNotNull();
    clock.advance(Duration.ofMinutes(9));
    guard.purgeExpired();
    assertThat(row(done)).isNull();
    assertThat(guard.claim(done)).isEqualTo(Claim.FIRST);
  }

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    JdbcDuplicateGuard guard = JdbcDuplicateGuard.builder(db.dataSource).build();
    assertThat(guard.table()).isEqualTo("ampark_duplicate_guard");
    assertThat(guard.lease()).isEqualTo(Duration.ofMinutes(5));
    assertThat(guard.retention()).isEqualTo(Duration.ofHours(24));
    assertThat(guard.nodeName()).matches("node-[0-9a-f]{8}");
    assertThat(guard.toString()).contains("ampark_duplicate_guard", "PT5M", "PT24H");
  }

  @Test
  void badSettingsAndKeysAreRejectedNamingTheField() {
    assertField(() -> JdbcDuplicateGuard.builder(null), "dataSource");
    assertField(() -> guard().table("guard; DROP TABLE users"), "table");
    assertField(() -> guard().table("1abc"), "table");
    assertField(() -> guard().lease(Duration.ZERO), "lease");
    assertField(() -> guard().lease(Duration.ofNanos(10)), "lease");
    assertField(() -> guard().retention(Duration.ofSeconds(-1)), "retention");
    assertField(() -> guard().retention(Duration.ofDays(365_000)), "retention");
    assertField(() -> guard().nodeName("web 1"), "nodeName");
    assertField(() -> guard().clock(null), "clock");
    assertField(() -> guard().build().claim(" "), "key");
    assertField(() -> guard().build().claim(null), "key");
    assertThat(guard().table("guard.ampark_duplicate_guard").build().table()).isEqualTo("guard.ampark_duplicate_guard");
  }

  @Test
  void theDialectFollowsTheDatabaseProduct() {
    assertThat(SqlDialect.forProductName("PostgreSQL")).isEqualTo(SqlDialect.POSTGRESQL);
    assertThat(SqlDialect.forProductName("H2")).isEqualTo(SqlDialect.STANDARD);
    assertThat(SqlDialect.forProductName("MySQL")).isEqualTo(SqlDialect.STANDARD);
  }

  @Test
  void theShippedDdlIsTheOneInTheDocs() throws Exception {
    String ddl = JdbcDuplicateGuard.ddl();
    assertThat(ddl).contains("CREATE TABLE IF NOT EXISTS ampark_duplicate_guard");
    String docs = new String(Files.readAllBytes(Paths.get("..", "docs", "duplicate-guards.md")), StandardCharsets.UTF_8);
    assertThat(docs).contains(ddl.trim());
  }

  private static void assertField(Runnable r, String field) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.field()).isEqualTo(field));
  }

  private static String sha256Hex(String s) throws Exception {
    byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    StringBuilder sb = new StringBuilder();
    for (byte b : d) {
      sb.append(String.format("%02x", b));
    }
    return sb.toString();
  }

  /** Lends {@code working} connections from the delegate, then fails to connect (SQLState 08001). */
  static class FailingDataSource extends TestDatabase.PooledDataSource {
    private final DataSource delegate;
    private final AtomicInteger left;

    FailingDataSource(DataSource delegate, int working) {
      super(null, null, null);
      this.delegate = delegate;
      this.left = new AtomicInteger(working);
    }

    @Override
    public Connection getConnection() throws SQLException {
      if (left.getAndDecrement() <= 0) {
        throw new SQLNonTransientConnectionException("connection refused", "08001");
      }
      return delegate.getConnection();
    }
  }
}
