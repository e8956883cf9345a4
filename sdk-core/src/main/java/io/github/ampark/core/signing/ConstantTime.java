package io.github.ampark.core.signing;

import io.github.ampark.core.Nullable;
import java.util.Locale;

/**
 * Comparisons whose duration does not depend on where the inputs differ, for checking signatures
 * without leaking them through timing.
 */
public final class ConstantTime {
  private ConstantTime() {}

  /**
   * Whether they are equal; {@code false} for {@code null}.
   *
   * @param expected the signature we computed
   * @param actual the signature we received, possibly {@code null}
   * @return whether they are equal; {@code false} for {@code null}
   */
  public static boolean equals(String expected, @Nullable String actual) {
    if (actual == null) {
      return false;
    }
    // char by char: UTF-8 encoding would turn every lone surrogate into '?' and call them equal
    int diff = expected.length() ^ actual.length();
    for (int i = 0; i < actual.length(); i++) {
      char e = i < expected.length() ? expected.charAt(i) : 0;
      diff |= e ^ actual.charAt(i);
    }
    return diff == 0;
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
