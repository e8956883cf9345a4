package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Checks;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;

/**
 * Kind of licence plate ({@code plate_type}). An open code type: the named constants are the codes 4pyun
 * documents, and {@link #of(String)} takes any other code, which is kept and sent as it is.
 *
 * <pre>{@code
 * PlateType.MAINLAND.code(); // "0"
 * PlateType.of("42").isKnown(); // false: an open value, sent as 42
 * }</pre>
 */
public final class PlateType implements CodedEnum {
  /** 中国大陆车牌 ({@code 0}). */
  public static final PlateType MAINLAND = new PlateType("0", "MAINLAND");

  /** 境外车牌, Hong Kong and Macau included ({@code 1}). */
  public static final PlateType FOREIGN = new PlateType("1", "FOREIGN");

  /** 两轮电动车车牌 ({@code 2}). */
  public static final PlateType ELECTRIC_BICYCLE = new PlateType("2", "ELECTRIC_BICYCLE");

  private static final PlateType[] KNOWN = {MAINLAND, FOREIGN, ELECTRIC_BICYCLE};

  private final String code;
  private final @Nullable String name;

  private PlateType(String code, @Nullable String name) {
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
  public static PlateType of(String code) {
    if (code == null || code.trim().isEmpty() || code.length() > 32 || hasControl(code)) {
      throw new ValidationException("code", "must be 1-32 characters without control characters (was "
          + Checks.echo(code) + ")");
    }
    for (PlateType k : KNOWN) {
      if (k.code.equals(code.trim())) {
        return k;
      }
    }
    return new PlateType(code.trim(), null);
  }

  /**
   * A code as received: {@code null} for none, else {@link #of(String)} (never refused: an unusable
   * code is kept as an open value).
   *
   * @param code the vendor's code, possibly {@code null} or blank
   * @return the code, or {@code null}
   */
  public static @Nullable PlateType fromCode(@Nullable String code) {
    if (code == null || code.trim().isEmpty()) {
      return null;
    }
    try {
      return of(code);
    } catch (ValidationException e) {
      return new PlateType(code, null);
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
   * The code as sent, e.g. {@code "0"}.
   *
   * @return the code as sent, e.g. {@code "0"}
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
    return o instanceof PlateType && ((PlateType) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * The constant's name, or {@code PlateType(code)} for an open value.
   *
   * @return a text for logs that never shows a secret
   */
  @Override
  public String toString() {
    return name != null ? name : "PlateType(" + code + ")";
  }
}
