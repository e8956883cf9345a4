package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Checks;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;

/**
 * Kind of fixed-vehicle card ({@code type} / {@code vip_type}).
 *
 * <pre>{@code
 * VipType.MONTHLY.code(); // "1"
 * VipType.of("42").isKnown(); // false: an open value, sent as 42
 * }</pre>
 *
 * <p>An open code type: the constants are the codes 4pyun documents; {@link #of(String)} keeps
 * and re-sends any other code P云 uses (a code this SDK version does not know yet). Compare with
 * {@code equals}.
 */
public final class VipType implements CodedEnum {
  /** 免费停车 (whitelist) ({@code 0}). */
  public static final VipType FREE = new VipType("0", "FREE");

  /** 月卡 ({@code 1}). */
  public static final VipType MONTHLY = new VipType("1", "MONTHLY");

  /** 储值 ({@code 2}). */
  public static final VipType STORED_VALUE = new VipType("2", "STORED_VALUE");

  /** 储次 (a number of visits) ({@code 3}). */
  public static final VipType COUNTED = new VipType("3", "COUNTED");

  /** 储天 (a number of days) ({@code 4}). */
  public static final VipType DAYS = new VipType("4", "DAYS");

  /** 年卡 ({@code 5}). */
  public static final VipType YEARLY = new VipType("5", "YEARLY");

  /** 季度卡 ({@code 6}). */
  public static final VipType QUARTERLY = new VipType("6", "QUARTERLY");

  /** 半年卡 ({@code 7}). */
  public static final VipType HALF_YEARLY = new VipType("7", "HALF_YEARLY");

  private static final VipType[] KNOWN = {FREE, MONTHLY, STORED_VALUE, COUNTED, DAYS, YEARLY, QUARTERLY, HALF_YEARLY};

  private final String code;
  private final @Nullable String name;

  private VipType(String code, @Nullable String name) {
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
  public static VipType of(String code) {
    if (code == null || code.trim().isEmpty() || code.length() > 32 || hasControl(code)) {
      throw new ValidationException("code", "must be 1-32 characters without control characters (was "
          + Checks.echo(code) + ")");
    }
    for (VipType k : KNOWN) {
      if (k.code.equals(code.trim())) {
        return k;
      }
    }
    return new VipType(code.trim(), null);
  }

  /**
   * A code as received: {@code null} for none, else {@link #of(String)} (never refused: an unusable
   * code is kept as an open value).
   *
   * @param code the vendor's code, possibly {@code null} or blank
   * @return the code, or {@code null}
   */
  public static @Nullable VipType fromCode(@Nullable String code) {
    if (code == null || code.trim().isEmpty()) {
      return null;
    }
    try {
      return of(code);
    } catch (ValidationException e) {
      return new VipType(code, null);
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
    return o instanceof VipType && ((VipType) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * The constant's name, or {@code VipType(code)} for an open value.
   *
   * @return a text for logs that never shows a secret
   */
  @Override
  public String toString() {
    return name != null ? name : "VipType(" + code + ")";
  }
}
