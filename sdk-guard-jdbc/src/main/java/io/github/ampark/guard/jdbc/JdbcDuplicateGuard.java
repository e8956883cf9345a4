package io.github.ampark.guard.jdbc;

import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.core.spi.SharedDuplicateGuard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link DuplicateGuard} shared by every instance of an application through one database table,
 * so a callback the vendor delivers to two instances is handled once.
 *
 * <ul>
 *   <li><b>claim</b> inserts the event key with state {@code CLAIMED}, an owner token and a lease
 *       expiry, unless the key is there ({@code ON CONFLICT DO NOTHING} on PostgreSQL, a
 *       unique-violation on others). A key there and unexpired answers {@code IN_PROGRESS} or {@code
 *       DONE}; an expired one (a crashed instance's claim, or a handled key past its retention) is
 *       taken over by a compare-and-set {@code UPDATE}, which exactly one contender wins.
 *   <li><b>complete</b> turns the claim into {@code DONE} for the retention period. It acts as the
 *       claim's owner; if the lease was lost meanwhile, the event is still recorded as handled (the
 *       handling did succeed: forgetting it would handle it again) and a warning is logged.
 *   <li><b>release</b> deletes the claim only if this claim's owner still holds it, so a handler
 *       that overran its lease cannot free the claim of the instance that took over.
 * </ul>
 *
 * <p>{@link #once} and {@link #handleOnce} carry their claim's owner token from claim to
 * complete/release. The three-step API ({@link #claim}, {@link #complete}, {@link #release})
 * remembers the token per key on this instance.
 *
 * <p>A database failure is a {@link JdbcGuardException}, never an answer. Time is this JVM's
 * {@link Clock} (keep instances' clocks in sync; skew shortens or lengthens a lease by as much).
 * Create the table with {@link #ddl()} (also in {@code docs/duplicate-guards.md}) and delete
 * expired rows now and then with {@link #purgeExpired()}.
 *
 * <pre>{@code
 * DuplicateGuard guard = JdbcDuplicateGuard.builder(dataSource)   // its own pool, autocommit
 *     .lease(Duration.ofMinutes(5))                             // default
 *     .retention(Duration.ofHours(24))                          // default
 *     .build();
 * WikeyunCallbacks callbacks = WikeyunCallbacks.builder(client).duplicateGuard(guard).build();
 * }</pre>
 *
 * <p>Thread-safe; holds no connection between calls (each operation borrows one from the {@code
 * DataSource} and returns it).
 */
public final class JdbcDuplicateGuard extends SharedDuplicateGuard {
  /** The default table name. */
  public static final String DEFAULT_TABLE = "ampark_duplicate_guard";
  /** The default lease of a claim: 5 minutes. */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);
  /** The default retention of a handled key: 24 hours. */
  public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);
  /** The DDL resource in this jar, for {@link #DEFAULT_TABLE}. */
  public static final String DDL_RESOURCE = "io/github/ampark/guard/jdbc/duplicate-guard-postgresql.sql";

  static final String CLAIMED = "CLAIMED";
  static final String DONE = "DONE";

  private static final Logger LOG = LoggerFactory.getLogger(JdbcDuplicateGuard.class);
  private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");
  /** Contended compare-and-set rounds before a claim answers "in progress" (the vendor resends). */
  private static final int MAX_ROUNDS = 8;

  private final DataSource dataSource;
  private final String table;
  private final long leaseMillis;
  private final long retentionMillis;
  private final Clock clock;
  private final @Nullable SqlDialect fixedDialect;
  private volatile @Nullable SqlDialect detectedDialect;

  private final String insertPostgres;
  private final String insertStandard;
  private final String select;
  private final String takeOver;
  private final String completeByOwner;
  private final String completeAny;
  private final String release;
  private final String purge;

  private JdbcDuplicateGuard(Builder b) {
    super(b.nodeName, b.lease, b.clock, JdbcGuardException.class);
    this.dataSource = b.dataSource;
    this.table = b.table;
    this.leaseMillis = b.lease.toMillis();
    this.retentionMillis = b.retention.toMillis();
    this.clock = b.clock;
    this.fixedDialect = b.dialect;
    String columns = "(event_key, state, owner_token, expires_at_ms, updated_at_ms) VALUES (?, ?, ?, ?, ?)";
    this.insertStandard = "INSERT INTO " + table + " " + columns;
    this.insertPostgres = insertStandard + " ON CONFLICT (event_key) DO NOTHING";
    this.select = "SELECT state, owner_token, expires_at_ms FROM " + table + " WHERE event_key = ?";
    this.takeOver = "UPDATE " + table + " SET state = ?, owner_token = ?, expires_at_ms = ?, updated_at_ms = ?"
        + " WHERE event_key = ? AND state = ? AND owner_token = ? AND expires_at_ms = ?";
    this.completeByOwner = "UPDATE " + table + " SET state = 'DONE', expires_at_ms = ?, updated_at_ms = ?"
        + " WHERE event_key = ? AND state = 'CLAIMED' AND owner_token = ?";
    this.completeAny = "UPDATE " + table + " SET state = 'DONE', owner_token = ?, expires_at_ms = ?, updated_at_ms = ?"
        + " WHERE event_key = ? AND (state = 'CLAIMED' OR expires_at_ms <= ?)";
    this.release = "DELETE FROM " + table + " WHERE event_key = ? AND state = 'CLAIMED' AND owner_token = ?";
    this.purge = "DELETE FROM " + table + " WHERE expires_at_ms <= ?";
  }

  /**
   * A builder for a guard on {@code dataSource}. Give the guard a plain {@code DataSource} (a pool
   * of its own, or one shared), not one bound to your handler's transaction: the guard's writes must
   * commit on their own, before and after your handling.
   *
   * @param dataSource where the table is
   * @return the builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Checks.notNull("dataSource", dataSource));
  }

  /**
   * The DDL for the default table, as shipped in this jar at {@link #DDL_RESOURCE}: PostgreSQL, and
   * portable to most databases (H2, MySQL 8 without the index's {@code IF NOT EXISTS}, …). For
   * another table name, replace {@code ampark_duplicate_guard} throughout.
   *
   * @return the SQL script: {@code CREATE TABLE IF NOT EXISTS …; CREATE INDEX IF NOT EXISTS …;}
   */
  public static String ddl() {
    try (InputStream in = JdbcDuplicateGuard.class.getClassLoader().getResourceAsStream(DDL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DDL_RESOURCE);
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buf = new byte[4096];
      for (int n; (n = in.read(buf)) > 0; ) {
        out.write(buf, 0, n);
      }
      return new String(out.toByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The table this guard keeps its event keys in. Default {@value #DEFAULT_TABLE}.
   *
   * @return the table this guard uses
   */
  public String table() {
    return table;
  }

  /**
   * How long a claim stays with its owner before another instance may take the event over. Default
   * 5 minutes ({@link #DEFAULT_LEASE}).
   *
   * @return the lease of a claim
   */
  public Duration lease() {
    return Duration.ofMillis(leaseMillis);
  }

  /**
   * How long a handled key is remembered.
   *
   * @return how long a handled key is remembered
   */
  public Duration retention() {
    return Duration.ofMillis(retentionMillis);
  }

  /**
   * Deletes the rows whose lease or retention has ended (they already count as absent). Run it now
   * and then, e.g. hourly from a scheduler; one instance is enough.
   *
   * @return how many rows were deleted
   * @throws JdbcGuardException if the database cannot be used
   */
  public int purgeExpired() {
    long now = clock.millis();
    try (Connection c = dataSource.getConnection()) {
      return autocommit(c, () -> {
        try (PreparedStatement ps = c.prepareStatement(purge)) {
          ps.setLong(1, now);
          return ps.executeUpdate();
        }
      });
    } catch (SQLException | RuntimeException e) {
      throw failure("purgeExpired", "could not delete expired rows from " + table, e);
    }
  }

  @Override
  protected Claim claim(String stored, String token) {
    try (Connection c = dataSource.getConnection()) {
      return autocommit(c, () -> {
        for (int round = 0; round < MAX_ROUNDS; round++) {
          long now = clock.millis();
          if (insert(c, stored, CLAIMED, token, now + leaseMillis, now)) {
            return Claim.FIRST;
          }
          Row row = select(c, stored);
          if (row == null) {
            continue; // released or purged since: insert again
          }
          if (row.expiresAtMillis > now) {
            return DONE.equals(row.state) ? Claim.DONE : Claim.IN_PROGRESS;
          }
          try (PreparedStatement ps = c.prepareStatement(takeOver)) {
            ps.setString(1, CLAIMED);
            ps.setString(2, token);
            ps.setLong(3, now + leaseMillis);
            ps.setLong(4, now);
            ps.setString(5, stored);
            ps.setString(6, row.state);
            ps.setString(7, row.owner);
            ps.setLong(8, row.expiresAtMillis);
            if (ps.executeUpdate() == 1) {
              if (CLAIMED.equals(row.state)) {
                LOG.info("duplicate guard key {}: claim of {} lapsed after its lease; taken over", stored, row.owner);
              }
              return Claim.FIRST;
            }
          }
        }
        return Claim.IN_PROGRESS; // others keep changing it: let the vendor come back
      });
    } catch (SQLException | RuntimeException e) {
      throw failure("claim", "could not claim key " + Checks.echo(stored), e);
    }
  }

  @Override
  protected void complete(String stored, String token) {
    try (Connection c = dataSource.getConnection()) {
      autocommit(c, () -> {
        for (int round = 0; round < MAX_ROUNDS; round++) {
          long now = clock.millis();
          try (PreparedStatement ps = c.prepareStatement(completeByOwner)) {
            ps.setLong(1, now + retentionMillis);
            ps.setLong(2, now);
            ps.setString(3, stored);
            ps.setString(4, token);
            if (ps.executeUpdate() == 1) {
              return null;
            }
          }
          // This claim is not held any more (its lease lapsed and another took it, or the row was
          // purged): the event was handled all the same, so record it.
          try (PreparedStatement ps = c.prepareStatement(completeAny)) {
            ps.setString(1, token);
            ps.setLong(2, now + retentionMillis);
            ps.setLong(3, now);
            ps.setString(4, stored);
            ps.setLong(5, now);
            if (ps.executeUpdate() == 1) {
              LOG.warn("duplicate guard key {}: completed after its claim's lease was lost; recorded as handled", stored);
              return null;
            }
          }
          if (insert(c, stored, DONE, token, now + retentionMillis, now)) {
            return null;
          }
          Row row = select(c, stored);
          if (row != null && DONE.equals(row.state) && row.expiresAtMillis > now) {
            return null; // already recorded as handled
          }
        }
        throw new SQLException("key kept changing under " + MAX_ROUNDS + " attempts to complete it");
      });
    } catch (SQLException | RuntimeException e) {
      throw failure("complete", "could not record key " + Checks.echo(stored) + " as handled", e);
    }
  }

  @Override
  protected void release(String stored, String token) {
    try (Connection c = dataSource.getConnection()) {
      autocommit(c, () -> {
        try (PreparedStatement ps = c.prepareStatement(release)) {
          ps.setString(1, stored);
          ps.setString(2, token);
          return ps.executeUpdate();
        }
      });
    } catch (SQLException | RuntimeException e) {
      throw failure("release", "could not release key " + Checks.echo(stored), e);
    }
  }

  /** Inserts unless the key is there; true if inserted. */
  private boolean insert(Connection c, String stored, String state, String token, long expires, long now)
      throws SQLException {
    SqlDialect dialect = dialect(c);
    try (PreparedStatement ps = c.prepareStatement(dialect == SqlDialect.POSTGRESQL ? insertPostgres : insertStandard)) {
      ps.setString(1, stored);
      ps.setString(2, state);
      ps.setString(3, token);
      ps.setLong(4, expires);
      ps.setLong(5, now);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      if (dialect == SqlDialect.STANDARD && isIntegrityViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  private static boolean isIntegrityViolation(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      String state = x.getSQLState();
      if (state != null && state.startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  private @Nullable Row select(Connection c, String stored) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(select)) {
      ps.setString(1, stored);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new Row(rs.getString(1), rs.getString(2), rs.getLong(3)) : null;
      }
    }
  }

  private SqlDialect dialect(Connection c) throws SQLException {
    SqlDialect d = fixedDialect != null ? fixedDialect : detectedDialect;
    if (d == null) {
      d = SqlDialect.forProductName(c.getMetaData().getDatabaseProductName());
      detectedDialect = d;
    }
    return d;
  }

  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  /** Runs {@code work} with autocommit on (each statement its own transaction), then restores it. */
  private static <T> T autocommit(Connection c, SqlWork<T> work) throws SQLException {
    boolean was = c.getAutoCommit();
    if (!was) {
      c.setAutoCommit(true);
    }
    try {
      return work.run();
    } finally {
      if (!was) {
        c.setAutoCommit(false);
      }
    }
  }

  private JdbcGuardException failure(String operation, String what, Exception e) {
    String state = e instanceof SQLException ? ((SQLException) e).getSQLState() : null;
    return new JdbcGuardException(operation, what + " in table " + table + ": "
        + e.getClass().getSimpleName(), state, e);
  }

  private static final class Row {
    final String state;
    final String owner;
    final long expiresAtMillis;

    Row(String state, String owner, long expiresAtMillis) {
      this.state = state;
      this.owner = owner;
      this.expiresAtMillis = expiresAtMillis;
    }
  }

  @Override
  public String toString() {
    return "JdbcDuplicateGuard{table=" + table + ", lease=" + lease() + ", retention=" + retention()
        + ", node=" + nodeName() + "}";
  }

  /** Builds a {@link JdbcDuplicateGuard}; every setting has a default but the data source. */
  public static final class Builder {
    private final DataSource dataSource;
    private String table = DEFAULT_TABLE;
    private Duration lease = DEFAULT_LEASE;
    private Duration retention = DEFAULT_RETENTION;
    private Clock clock = Clock.systemUTC();
    private String nodeName = randomNodeName();
    private @Nullable SqlDialect dialect;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * The table, optionally schema-qualified ({@code guard.ampark_duplicate_guard}); default {@value
     * #DEFAULT_TABLE}. Letters, digits and underscores only (it is written into the SQL).
     *
     * @param table the table name
     * @return this builder
     */
    public Builder table(String table) {
      Checks.notNull("table", table);
      if (!TABLE.matcher(table).matches()) {
        throw new ValidationException("table", "must be [schema.]name of letters, digits and _ (was "
            + Checks.echo(table) + ")");
      }
      this.table = table;
      return this;
    }

    /**
     * How long a claim holds a key before another instance may take it over (the handler is then
     * presumed crashed); default 5 minutes. Longer than your slowest handler, shorter than the
     * vendor's resend interval is ideal. Whole milliseconds, positive.
     *
     * @param lease the lease
     * @return this builder
     */
    public Builder lease(Duration lease) {
      this.lease = checkDuration("lease", lease);
      return this;
    }

    /**
     * How long a handled key is remembered, counted from its completion; default 24 hours. Longer
     * than the vendor keeps resending. Whole milliseconds, positive.
     *
     * @param retention the retention
     * @return this builder
     */
    public Builder retention(Duration retention) {
      this.retention = checkDuration("retention", retention);
      return this;
    }

    /**
     * The time source for leases and retention; default {@link Clock#systemUTC()}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull("clock", clock);
      return this;
    }

    /**
     * This instance's name, written into every owner token so the table shows who holds a claim
     * (e.g. the host name); default {@code node-} and 8 random hex digits. 1 to 64 of {@code A-Z a-z
     * 0-9 . _ -}.
     *
     * @param nodeName the name
     * @return this builder
     */
    public Builder nodeName(String nodeName) {
      this.nodeName = checkNodeName(nodeName);
      return this;
    }

    /**
     * The SQL dialect; default: detected from the first connection's database product name
     * ({@link SqlDialect#forProductName}).
     *
     * @param dialect the dialect
     * @return this builder
     */
    public Builder dialect(SqlDialect dialect) {
      this.dialect = Checks.notNull("dialect", dialect);
      return this;
    }

    /**
     * Builds the guard. It does not create its table: run the script from {@link #ddl} (or your
     * migration tool) first.
     *
     * @return the guard
     */
    public JdbcDuplicateGuard build() {
      return new JdbcDuplicateGuard(this);
    }
  }
}
