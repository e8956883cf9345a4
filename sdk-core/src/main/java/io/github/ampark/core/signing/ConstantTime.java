package io.github.ampark.core.signing;

import io.github.ampark.core.Nullable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * Comparisons whose duration does not depend on where the inputs differ, for checking signatures
 * without leaking them through timing.
 */
public final class ConstantTime {
  private ConstantTime() {}

  /**
   * @param expected the signature we computed
   * @param actual the signature we received, possibly {@code null}
   * @return whether they are equal; {@code false} for {@code null}
   */
  public static boolean equals(String expected, @Nullable String actual) {
    if (actual == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Like {@link #equals(String, String)}, ignoring ASCII letter case (hex digests in either case).
   *
   * @param expected the signature we computed
   * @param actual the signature we received, possibly {@code null}
   * @return whether they are equal ignoring case
   */
  public static boolean equalsIgnoreCase(String expected, @Nullable String actual) {
    if (actual == null) {
      return false;
    }
    return equals(expected.toUpperCase(Locale.ROOT), actual.toUpperCase(Locale.ROOT));
  }
}
