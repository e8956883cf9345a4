package io.github.ampark.bolink.internal;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.money.Money;
import java.math.BigDecimal;

/** Field checks shared by the request models (not API). */
public final class Validation {
  private Validation() {}

  /**
   * @param field Java field name
   * @param yuan amount
   * @param positive whether zero is refused
   */
  public static void yuan(String field, BigDecimal yuan, boolean positive) {
    Money.yuanText(field, yuan);
    if (yuan.signum() < 0 || (positive && yuan.signum() == 0)) {
      throw new ValidationException(
          field, "must be " + (positive ? "more than zero" : "zero or more") + " (was " + yuan.toPlainString() + ")");
    }
  }

  /**
   * @param field Java field name
   * @param value an enum constant or {@code null}
   */
  public static void known(String field, @Nullable Enum<?> value) {
    if (value != null && "UNKNOWN".equals(value.name())) {
      throw new ValidationException(field, "UNKNOWN cannot be sent; choose a known value");
    }
  }

  /** @param s text @return whether it is null or blank */
  public static boolean blank(@Nullable String s) {
    return s == null || s.trim().isEmpty();
  }
}
