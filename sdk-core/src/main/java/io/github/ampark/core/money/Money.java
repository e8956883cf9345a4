package io.github.ampark.core.money;

import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money conversions without floating point. Vendors count either in fen (分, {@code long}) or in
 * yuan (元, {@link BigDecimal}); the wire text is always plain notation ({@code "10.00"}, never
 * {@code "1E+1"}).
 *
 * <pre>{@code
 * Money.fenToYuan(1234);                         // 12.34
 * Money.yuanToFen(new BigDecimal("0.01"));       // 1
 * Money.yuanText(new BigDecimal("1E+1"));        // "10.00"
 * }</pre>
 */
public final class Money {
  /**
   * The most digits on either side of the decimal point any method here accepts (an amount beyond
   * it is a {@link ValidationException}, never a JDK exception or a gigantic string).
   */
  public static final int MAX_DIGITS = 40;

  private Money() {}

  private static BigDecimal inRange(String field, BigDecimal v) {
    long integerDigits = (long) v.precision() - v.scale();
    if (integerDigits > MAX_DIGITS || v.scale() > MAX_DIGITS) {
      throw new ValidationException(field, "is out of range: at most " + MAX_DIGITS
          + " digits before and after the point (was " + Checks.echo(v.toString()) + ")");
    }
    return v;
  }

  /**
   * {@code fen} as yuan with two decimals ({@code 1234 → 12.34}).
   *
   * @param fen an amount in fen (1/100 yuan), may be negative
   * @return {@code fen} as yuan with two decimals ({@code 1234 → 12.34})
   */
  public static BigDecimal fenToYuan(long fen) {
    return BigDecimal.valueOf(fen, 2);
  }

  /**
   * Yuan as fen, exactly.
   *
   * @param yuan the amount
   * @return the amount in fen
   * @throws ValidationException (field {@code "yuan"}) if it has fractions of a fen or does not fit
   *     a long
   */
  public static long yuanToFen(BigDecimal yuan) {
    return yuanToFen("yuan", yuan);
  }

  /**
   * Yuan as fen, exactly, naming {@code field} in the error.
   *
   * @param field the Java field name for the error
   * @param yuan the amount
   * @return the amount in fen
   */
  public static long yuanToFen(String field, @Nullable BigDecimal yuan) {
    if (yuan == null) {
      throw new ValidationException(field, "is required");
    }
    inRange(field, yuan);
    try {
      return yuan.movePointRight(2).longValueExact();
    } catch (ArithmeticException e) {
      throw new ValidationException(field, "must be a whole number of fen that fits a long (was " + Checks.echo(yuan.toPlainString()) + ")");
    }
  }

  /**
   * Yuan as two-decimal plain text, as vendors put it on the wire ({@code 1.5 → "1.50"}).
   *
   * @param yuan the amount; at most two decimals
   * @return e.g. {@code "1.50"}
   */
  public static String yuanText(BigDecimal yuan) {
    return yuanText("yuan", yuan);
  }

  /**
   * Like {@link #yuanText(BigDecimal)}, naming {@code field} in the error.
   *
   * @param field the Java field name for the error
   * @param yuan the amount
   * @return e.g. {@code "1.50"}
   */
  public static String yuanText(String field, @Nullable BigDecimal yuan) {
    if (yuan == null) {
      throw new ValidationException(field, "is required");
    }
    inRange(field, yuan);
    try {
      return yuan.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    } catch (ArithmeticException e) {
      throw new ValidationException(field, "must have at most two decimals (was " + Checks.echo(yuan.toPlainString()) + ")");
    }
  }

  /**
   * Plain-notation text of a decimal: {@code 1E+1 → "10"}, {@code 1.250 → "1.250"}.
   *
   * @param value at most {@link #MAX_DIGITS} digits before and after the point
   * @return the text
   */
  public static String plain(BigDecimal value) {
    return inRange("value", Checks.notNull("value", value)).toPlainString();
  }

  /**
   * Parses yuan text leniently ({@code "12"}, {@code "12.3"}, {@code " 12.30 "}).
   *
   * @param field the Java field name for the error
   * @param text the text
   * @return the amount
   */
  public static BigDecimal parseYuan(String field, @Nullable String text) {
    if (text == null || text.trim().isEmpty()) {
      throw new ValidationException(field, "is required");
    }
    if (text.length() > 2 * MAX_DIGITS + 8) {
      throw new ValidationException(field, "is not a decimal amount (was " + Checks.echo(text) + ")");
    }
    try {
      return inRange(field, new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      throw new ValidationException(field, "is not a decimal amount (was " + Checks.echo(text) + ")");
    }
  }
}
