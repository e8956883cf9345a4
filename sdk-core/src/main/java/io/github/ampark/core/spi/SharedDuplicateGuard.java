package io.github.ampark.core.spi;

import io.github.ampark.core.AmparkException;
import io.github.ampark.core.Checks;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.callback.DuplicateGuard;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For guard implementers: the owner-token bookkeeping of a {@link DuplicateGuard} kept in a store
 * shared by every instance of an application (a database table, Redis, …). A subclass supplies three
 * store operations, each acting as the owner of one claim, named by an owner token:
 *
 * <ul>
 *   <li>{@link #claim(String, String)}: claim the stored key for the token, unless it is claimed and
 *       unexpired ({@code IN_PROGRESS}) or handled and retained ({@code DONE});
 *   <li>{@link #complete(String, String)}: record the key as handled, as the token's owner (and
 *       also when the claim was lost meanwhile: the handling did succeed);
 *   <li>{@link #release(String, String)}: free the key only if the token still holds it.
 * </ul>
 *
 * <p>This class does the rest. {@link #once} (and so {@link #handleOnce}) carries one claim's owner
 * token from claim to complete or release; a failure to complete or release after the work is
 * logged, never turned into an error reply (the work happened, or the claim lapses after its
 * lease). The three-step API ({@link #claim(String)}, {@link #complete(String)}, {@link
 * #release(String)}) remembers this instance's token per key, bounded: past 4096 entries the ones
 * whose lease has ended are dropped. Owner tokens are the node name, a slash and 16 random hex
 * digits. Keys are stored in the bounded form of {@link #storedForm(String)}, which a subclass may
 * extend by overriding {@link #storedKey(String)} (e.g. to add a prefix).
 *
 * <pre>{@code
 * public final class MyStoreGuard extends SharedDuplicateGuard {
 *   MyStoreGuard(MyStore store, String nodeName, Duration lease) {
 *     super(nodeName, lease, Clock.systemUTC(), MyStoreException.class);
 *     ...
 *   }
 *   protected Claim claim(String storedKey, String owner) { ... }   // insert-if-absent / take over
 *   protected void complete(String storedKey, String owner) { ... } // mark DONE for the retention
 *   protected void release(String storedKey, String owner) { ... }  // delete if still owner's
 * }
 * }</pre>
 *
 * <p>Store operations signal a store failure by throwing the exception type given to the
 * constructor (an {@link AmparkException} of the module, never an answer). Subclasses must be
 * thread-safe.
 */
public abstract class SharedDuplicateGuard implements DuplicateGuard {
  /** Keys longer than this are stored as {@code sha256:<64 hex>} so a column or key stays bounded. */
  public static final int MAX_PLAIN_KEY_LENGTH = 200;
  /** Remembered three-step claims above which those with an ended lease are dropped. */
  private static final int PRUNE_ABOVE = 4096;

  private static final Pattern NODE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final Duration MAX_DURATION = Duration.ofDays(3650);

  private final Logger log = LoggerFactory.getLogger(getClass());
  private final String nodeName;
  private final long leaseMillis;
  private final Clock clock;
  private final Class<? extends AmparkException> storeFailure;
  private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();

  /**
   * Creates the guard's shared bookkeeping for a store-backed implementation.
   *
   * @param nodeName this instance's name, the first part of every owner token (checked with {@link
   *     #checkNodeName})
   * @param lease the lease of a claim (only used to drop remembered claims whose lease has ended)
   * @param clock the time source for that
   * @param storeFailure the exception type the store operations throw when the store cannot be used
   */
  protected SharedDuplicateGuard(
      String nodeName, Duration lease, Clock clock, Class<? extends AmparkException> storeFailure) {
    this.nodeName = checkNodeName(nodeName);
    this.leaseMillis = checkDuration("lease", lease).toMillis();
    this.clock = Checks.notNull("clock", clock);
    this.storeFailure = Checks.notNull("storeFailure", storeFailure);
  }

  /**
   * This instance's name, the first part of every owner token it writes.
   *
   * @return this instance's name, the first part of every owner token it writes
   */
  public String nodeName() {
    return nodeName;
  }

  /**
   * Claims {@code storedKey} for {@code owner}.
   *
   * @param storedKey the key as stored ({@link #storedKey(String)})
   * @param owner the claim's owner token
   * @return {@code FIRST} if {@code owner} now holds the key; otherwise {@code DONE} or {@code
   *     IN_PROGRESS}
   */
  protected abstract Claim claim(String storedKey, String owner);

  /**
   * Records {@code storedKey} as handled, as {@code owner}, even if its claim was lost meanwhile.
   *
   * @param storedKey the key as stored
   * @param owner the claim's owner token
   */
  protected abstract void complete(String storedKey, String owner);

  /**
   * Frees {@code storedKey} if {@code owner} still holds its claim; otherwise does nothing.
   *
   * @param storedKey the key as stored
   * @param owner the claim's owner token
   */
  protected abstract void release(String storedKey, String owner);

  /**
   * The key as this guard stores it; by default {@link #storedForm(String)}.
   *
   * @param key the event key
   * @return the stored key
   * @throws ValidationException if the key is null or blank
   */
  protected String storedKey(String key) {
    return storedForm(key);
  }

  /**
   * A new owner token for one claim: the node name, a slash and 16 random hex digits.
   *
   * @return a new owner token for one claim: the node name, a slash and 16 random hex digits
   */
  protected final String newOwnerToken() {
    byte[] b = new byte[8];
    RANDOM.nextBytes(b);
    return nodeName + "/" + hex(b);
  }

  @Override
  public final Claim claim(String key) {
    String stored = storedKey(key);
    String token = newOwnerToken();
    Claim c = claim(stored, token);
    if (c == Claim.FIRST) {
      long now = clock.millis();
      remember(stored, token, now, now + leaseMillis);
    }
    return c;
  }

  /** As the owner of this instance's claim on the key (or, without one, of a new claim). */
  @Override
  public final void complete(String key) {
    String stored = storedKey(key);
    Held h = held.remove(stored);
    complete(stored, h != null ? h.token : newOwnerToken());
  }

  /** Gives up this instance's claim on the key, if it still holds it; otherwise does nothing. */
  @Override
  public final void release(String key) {
    String stored = storedKey(key);
    Held h = held.remove(stored);
    if (h != null) {
      release(stored, h.token);
    }
  }

  /**
   * As {@link DuplicateGuard#once}, with this claim's owner token carried from claim to complete or
   * release. A failure to complete after successful work is logged and the work's reply returned
   * (the work happened; an error reply would make the vendor resend an event already handled); a
   * failure to release is logged (the claim then lapses after its lease) and, after an exception
   * from the work, added to it as suppressed. A failure to claim propagates: nothing was handled.
   */
  @Override
  public final <R> R once(
      String key, Supplier<R> work, Predicate<? super R> succeeded, Supplier<R> alreadyDone, Supplier<R> busy) {
    String stored = storedKey(key);
    String token = newOwnerToken();
    switch (claim(stored, token)) {
      case DONE:
        return alreadyDone.get();
      case IN_PROGRESS:
        return busy.get();
      default:
        break;
    }
    R reply;
    try {
      reply = work.get();
    } catch (RuntimeException | Error e) {
      try {
        release(stored, token);
      } catch (RuntimeException r) {
        if (!storeFailure.isInstance(r)) {
          throw r;
        }
        e.addSuppressed(r);
      }
      throw e;
    }
    boolean ok = succeeded.test(reply);
    try {
      if (ok) {
        complete(stored, token);
      } else {
        release(stored, token);
      }
    } catch (RuntimeException e) {
      if (!storeFailure.isInstance(e)) {
        throw e;
      }
      log.warn("duplicate guard could not record key {} as {}; it lapses after its lease", stored,
          ok ? "handled" : "released", e);
    }
    return reply;
  }

  private void remember(String stored, String token, long nowMillis, long leaseEndMillis) {
    if (held.size() >= PRUNE_ABOVE) {
      Iterator<Map.Entry<String, Held>> it = held.entrySet().iterator();
      while (it.hasNext()) {
        if (it.next().getValue().leaseEndMillis <= nowMillis) {
          it.remove();
        }
      }
    }
    held.put(stored, new Held(token, leaseEndMillis));
  }

  /**
   * The bounded form of an event key: itself when at most {@link #MAX_PLAIN_KEY_LENGTH} characters,
   * else {@code "sha256:"} and the hex SHA-256 of its UTF-8 bytes (work linear in the key's length).
   *
   * @param key the event key
   * @return the stored form
   * @throws ValidationException if the key is null or blank
   */
  public static String storedForm(String key) {
    Checks.notBlank("key", key);
    if (key.length() <= MAX_PLAIN_KEY_LENGTH) {
      return key;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + hex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * A random node name, {@code node-} and 8 hex digits (a builder's default).
   *
   * @return a random node name, {@code node-} and 8 hex digits (a builder's default)
   */
  public static String randomNodeName() {
    byte[] b = new byte[4];
    RANDOM.nextBytes(b);
    return "node-" + hex(b);
  }

  /**
   * The name, if 1 to 64 of {@code A-Z a-z 0-9 . _ -}.
   *
   * @param name a node name
   * @return the name, if 1 to 64 of {@code A-Z a-z 0-9 . _ -}
   * @throws ValidationException (field {@code nodeName}) otherwise
   */
  public static String checkNodeName(String name) {
    Checks.notNull("nodeName", name);
    if (!NODE_NAME.matcher(name).matches()) {
      throw new ValidationException("nodeName", "must be 1 to 64 of A-Z a-z 0-9 . _ - (was " + Checks.echo(name) + ")");
    }
    return name;
  }

  /**
   * The check of a lease or retention setting.
   *
   * @param field the setting's name, for the exception
   * @param d the duration
   * @return {@code d}, if between 1 ms and 3650 days
   * @throws ValidationException naming {@code field} otherwise
   */
  public static Duration checkDuration(String field, Duration d) {
    Checks.notNull(field, d);
    if (d.compareTo(Duration.ofMillis(1)) < 0 || d.compareTo(MAX_DURATION) > 0) {
      throw new ValidationException(field, "must be between 1 ms and 3650 days (was " + d + ")");
    }
    return d;
  }

  private static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }

  private static final class Held {
    final String token;
    final long leaseEndMillis;

    Held(String token, long leaseEndMillis) {
      this.token = token;
      this.leaseEndMillis = leaseEndMillis;
    }
  }
}
