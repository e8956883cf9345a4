package io.github.ampark.guard.jdbc.internal;

import io.github.ampark.core.Checks;
import io.github.ampark.core.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/** Event keys as stored, owner tokens and node names. Not public API. */
public final class StoredKeys {
  /** Keys longer than this are stored as {@code sha256:<64 hex>} so a column or key stays bounded. */
  public static final int MAX_PLAIN_LENGTH = 200;

  private static final Pattern NODE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private StoredKeys() {}

  /**
   * The key as stored: itself when at most {@link #MAX_PLAIN_LENGTH} characters, else {@code
   * "sha256:"} and the hex SHA-256 of its UTF-8 bytes (work linear in the key's length).
   *
   * @param key the event key
   * @return the stored form
   * @throws ValidationException if the key is null or blank
   */
  public static String stored(String key) {
    Checks.notBlank("key", key);
    if (key.length() <= MAX_PLAIN_LENGTH) {
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
   * @param nodeName this node's name
   * @return a new owner token for one claim: the node name, a slash and 16 random hex digits
   */
  public static String newToken(String nodeName) {
    byte[] b = new byte[8];
    RANDOM.nextBytes(b);
    return nodeName + "/" + hex(b);
  }

  /** @return a random node name, {@code node-} and 8 hex digits */
  public static String randomNodeName() {
    byte[] b = new byte[4];
    RANDOM.nextBytes(b);
    return "node-" + hex(b);
  }

  /**
   * @param name a node name
   * @return the name, if 1 to 64 of {@code A-Z a-z 0-9 . _ -}
   * @throws ValidationException otherwise
   */
  public static String checkNodeName(String name) {
    Checks.notNull("nodeName", name);
    if (!NODE_NAME.matcher(name).matches()) {
      throw new ValidationException("nodeName", "must be 1 to 64 of A-Z a-z 0-9 . _ - (was " + Checks.echo(name) + ")");
    }
    return name;
  }

  private static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }
}
