package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Checks;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;

/**
 * Whether an exceptional release happened at the entrance or the exit ({@code release_type}).
 *
 * <pre>{@code
 * ReleaseType.LEAVE.code(); // "2"
 * ReleaseType.of("42").isKnown(); // false: an open value, sent as 42
 * }</pre>
 *
 * <p>An open code type: the constants are the codes 4pyun documents; {@link #of(String)} keeps
 * and re-sends any other code P云 uses (a code this SDK version does not know yet). Compare with
 * {@code equals}.
 */
public final class ReleaseType implements CodedEnum {
  /** 入场 ({@code 1}). */
  public static final ReleaseType ENTER = new ReleaseType("1", "ENTER");

  /** 出场 ({@code 2}). */
  public static final ReleaseType LEAVE = new ReleaseType("2", "LEAVE");

  private static final ReleaseType[] KNOWN = {ENTER, LEAVE};

  private final String code;
  private final @Nullable String name;

  private ReleaseType(String code, @Nullable String name) {
    this.code = code;
    this.name = name;
  }

  /**
   * The value for a vendor code: the named constant for a documented code, otherwise an open value
   * that keeps the code and sends it back as received.
   *
   * @param code any code P云 uses: the named constant for a documented one, else an open value
   *     that keeps it (1 to 32 characters, no control characters)
   * @return the code
   * @throws ValidationException naming {@code code} otherwise
   */
  public static ReleaseType of(String code) {
    if (code == null || code.trim().isEmpty() || code.length() > 32 || hasControl(code)) {
      throw new ValidationException("code", "must be 1-32 characters without control characters (was "
          + Checks.echo(code) + ")");
    }
    for (ReleaseType k : KNOWN) {
      if (k.code.equals(code.trim())) {
        return k;
      }
    }
    return new ReleaseType(code.trim(), null);
  }

  /**
   * A code as received: {@code null} for none, else {@link #of(String)} (never refused: an unusable
   * code is kept as an open value).
   *
   * @param code the vendor's code, possibly {@code null} or blank
   * @return the code, or {@code null}
   */
  public static @Nullable ReleaseType fromCode(@Nullable String code) {
    if (code == null || code.trim().isEmpty()) {
      return null;
    }
    try {
      return of(code);
    } catch (ValidationException e) {
      return new ReleaseType(code, null);
    }
  }

  private static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The code as sent, e.g. {@code "1"}.
   *
   * @return the code as sent, e.g. {@code "1"}
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * Whether this is one of the codes 4pyun documents (a named constant).
   *
   * @return whether this is one of the codes 4pyun documents (a named constant)
   */
  public boolean isKnown() {
    return name != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReleaseType && ((ReleaseType) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * The constant's name, or {@code ReleaseType(code)} for an open value.
   *
   * @return a text for logs that never shows a secret
   */
  @Override
  public String toString() {
    return name != null ? name : "ReleaseType(" + code + ")";
  }
}
