package io.github.ampark.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A credential that must never be printed: an app secret, a signing key. {@link #toString()} is
 * always {@code "****"}; only {@link #reveal()} gives the value, for signing.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @param field the Java name of the builder field, for the error message
   * @param value the secret
   * @return the wrapped secret
   * @throws ValidationException if the value is {@code null} or blank
   */
  public static Secret of(String field, @Nullable String value) {
    if (value == null || value.trim().isEmpty()) {
      throw new ValidationException(field, "must not be blank");
    }
    return new Secret(value);
  }

  /**
   * The secret itself. Use it to sign; never log it.
   *
   * @return the secret itself
   */
  public String reveal() {
    return value;
  }

  /** Constant-time comparison. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Secret
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), ((Secret) o).value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return 0; // secrets are not meant to be hashed into maps; equal secrets still agree
  }

  /** Always {@code "****"}. */
  @Override
  public String toString() {
    return "****";
  }
}
