package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Checks;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;

/**
 * Licence plate colour ({@code plate_color}). An open code type: the named constants are the codes 4pyun
 * documents, and {@link #of(String)} takes any other code, which is kept and sent as it is.
 *
 * <pre>{@code
 * PlateColor.BLUE.code(); // "1"
 * PlateColor.of("42").isKnown(); // false: an open value, sent as 42
 * }</pre>
 */
public final class PlateColor implements CodedEnum {
  /** 蓝色 ({@code 1}). */
  public static final PlateColor BLUE = new PlateColor("1", "BLUE");

  /** 黄色 ({@code 2}). */
  public static final PlateColor YELLOW = new PlateColor("2", "YELLOW");

  /** 白色 ({@code 3}). */
  public static final PlateColor WHITE = new PlateColor("3", "WHITE");

  /** 黑色 ({@code 4}). */
  public static final PlateColor BLACK = new PlateColor("4", "BLACK");

  /** 绿色 (new-energy vehicles) ({@code 5}). */
  public static final PlateColor GREEN = new PlateColor("5", "GREEN");

  /** The camera could not tell (未知) ({@code -1}). */
  public static final PlateColor UNIDENTIFIED = new PlateColor("-1", "UNIDENTIFIED");

  private static final PlateColor[] KNOWN = {BLUE, YELLOW, WHITE, BLACK, GREEN, UNIDENTIFIED};

  private final String code;
  private final @Nullable String name;

  private PlateColor(String code, @Nullable String name) {
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
  public static PlateColor of(String code) {
    if (code == null || code.trim().isEmpty() || code.length() > 32 || hasControl(code)) {
      throw new ValidationException("code", "must be 1-32 characters without control characters (was "
          + Checks.echo(code) + ")");
    }
    for (PlateColor k : KNOWN) {
      if (k.code.equals(code.trim())) {
        return k;
      }
    }
    return new PlateColor(code.trim(), null);
  }

  /**
   * A code as received: {@code null} for none, else {@link #of(String)} (never refused: an unusable
   * code is kept as an open value).
   *
   * @param code the vendor's code, possibly {@code null} or blank
   * @return the code, or {@code null}
   */
  public static @Nullable PlateColor fromCode(@Nullable String code) {
    if (code == null || code.trim().isEmpty()) {
      return null;
    }
    try {
      return of(code);
    } catch (ValidationException e) {
      return new PlateColor(code, null);
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
    return o instanceof PlateColor && ((PlateColor) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * The constant's name, or {@code PlateColor(code)} for an open value.
   *
   * @return a text for logs that never shows a secret
   */
  @Override
  public String toString() {
    return name != null ? name : "PlateColor(" + code + ")";
  }
}
