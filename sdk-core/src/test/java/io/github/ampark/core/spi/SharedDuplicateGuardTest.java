package io.github.ampark.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.AmparkException;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.core.testing.SharedDuplicateGuardContract;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The base of shared-store guards, on a map-backed store written in this test: it passes the shared
 * contract, and its own rules (stored key form, owner tokens, failures after the work) hold.
 */
class SharedDuplicateGuardTest {

  /** A store kept in one map, compare-and-set under a lock: the three store operations only. */
  static final class MapStore {
    final Map<String, String[]> rows = new HashMap<>(); // key -> {state, owner, expiresAt}
  }

  static final class MapGuard extends SharedDuplicateGuard {
    final MapStore store;
    final Clock clock;
    RuntimeException failComplete;
    RuntimeException failRelease;

    MapGuard(MapStore store, String node, Clock clock) {
      super(node, SharedDuplicateGuardContract.LEASE, clock, StoreFailure.class);
      this.store = store;
      this.clock = clock;
    }

    @Override
    protected Claim claim(String storedKey, String owner) {
      synchronized (store) {
        long now = clock.millis();
        String[] row = store.rows.get(storedKey);
        if (row != null && Long.parseLong(row[2]) > now) {
          return row[0].equals("DONE") ? Claim.DONE : Claim.IN_PROGRESS;
        }
        store.rows.put(storedKey, new String[] {"CLAIMED", owner,
            Long.toString(now + SharedDuplicateGuardContract.LEASE.toMillis())});
        return Claim.FIRST;
      }
    }

    @Override
    protected void complete(String storedKey, String owner) {
      if (failComplete != null) {
        throw failComplete;
      }
      synchronized (store) {
        store.rows.put(storedKey, new String[] {"DONE", owner,
            Long.toString(clock.millis() + SharedDuplicateGuardContract.RETENTION.toMillis())});
      }
    }

    @Override
    protected void release(String storedKey, String owner) {
      if (failRelease != null) {
        throw failRelease;
      }
      synchronized (store) {
        String[] row = store.rows.get(storedKey);
        if (row != null && row[0].equals("CLAIMED") && row[1].equals(owner)) {
          store.rows.remove(storedKey);
        }
      }
    }
  }

  static final class StoreFailure extends AmparkException {
    StoreFailure(String message) {
      super(null, "store", message, null);
    }
  }

  @Nested
  class OnAMapStore extends SharedDuplicateGuardContract {
    private final MapStore store = new MapStore();
    private int nodes;

    @Override
    protected DuplicateGuard newNode() {
      return new MapGuard(store, "node" + (++nodes), clock);
    }
  }

  private final MapStore store = new MapStore();
  private final MapGuard guard = new MapGuard(store, "host-1", Clock.systemUTC());

  @Test
  void aLongKeyIsStoredAsTheHexSha256OfItsUtf8Bytes() throws Exception {
    String longKey = repeat("事件", 101); // 202 characters
    byte[] d = MessageDigest.getInstance("SHA-256").digest(longKey.getBytes("UTF-8"));
    StringBuilder hex = new StringBuilder("sha256:");
    for (byte b : d) {
      hex.append(String.format("%02x", b & 0xff));
    }
    assertThat(SharedDuplicateGuard.storedForm(longKey)).isEqualTo(hex.toString());
    String at200 = repeat("k", 200);
    assertThat(SharedDuplicateGuard.storedForm(at200)).isEqualTo(at200);
    guard.claim(longKey);
    assertThat(store.rows).containsOnlyKeys(hex.toString());
  }

  @Test
  void ownerTokensAreTheNodeNameAndSixteenRandomHexDigits() {
    guard.claim("k");
    assertThat(store.rows.get("k")[1]).matches("host-1/[0-9a-f]{16}");
    assertThat(guard.newOwnerToken()).isNotEqualTo(guard.newOwnerToken());
  }

  @Test
  void badKeysNodeNamesAndDurationsAreValidationErrorsNamingTheField() {
    assertThatThrownBy(() -> guard.claim(" ")).isInstanceOf(ValidationException.class).hasMessageContaining("key");
    assertThatThrownBy(() -> SharedDuplicateGuard.checkNodeName("has space"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("nodeName");
    assertThatThrownBy(() -> SharedDuplicateGuard.checkDuration("lease", Duration.ZERO))
        .isInstanceOf(ValidationException.class).hasMessageContaining("lease");
    assertThatThrownBy(() -> SharedDuplicateGuard.checkDuration("retention", Duration.ofDays(3651)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("retention");
    assertThat(SharedDuplicateGuard.randomNodeName()).matches("node-[0-9a-f]{8}");
  }

  @Test
  void aStoreFailureToCompleteAfterTheWorkStillReturnsTheWorksReply() {
    guard.failComplete = new StoreFailure("store down");
    assertThat(guard.once("k", () -> "ok", r -> true, () -> "again", () -> "busy")).isEqualTo("ok");
  }

  @Test
  void aStoreFailureToReleaseIsSuppressedIntoTheWorksException() {
    guard.failRelease = new StoreFailure("store down");
    IllegalStateException work = new IllegalStateException("handler failed");
    assertThatThrownBy(() -> guard.once("k", () -> {
      throw work;
    }, r -> true, () -> "again", () -> "busy")).isSameAs(work);
    assertThat(work.getSuppressed()).containsExactly(guard.failRelease);
  }

  @Test
  void aFailureThatIsNotTheStoresPropagates() {
    guard.failComplete = new IllegalArgumentException("a bug in the store code");
    assertThatThrownBy(() -> guard.once("k", () -> "ok", r -> true, () -> "again", () -> "busy"))
        .isSameAs(guard.failComplete);
  }

  private static String repeat(String s, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(s);
    }
    return b.toString();
  }
}
