package io.github.ampark.bolink.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import java.math.BigDecimal;

/**
 * One JSON scalar for an extra {@code data} field: text, a whole number, a plain decimal or a
 * boolean. Immutable. Real Bolink traffic carries fields the documents do not list (a real exit
 * order signed by Bolink carries {@code inpark_img}, {@code parking_time}, {@code total_original},
 * {@code lane_no}, {@code in_channel_id}); every request can carry them through its {@code
 * extraFields}, signed and sent like the rest, after the documented fields in the order you put them.
 *
 * <pre>{@code
 * ExitOrderRequest.builder()...
 *     .putExtraFields("parking_time", JsonScalar.number(5332))
 *     .putExtraFields("total_original", JsonScalar.text("12.50"))
 *     .putExtraFields("lane_no", JsonScalar.text("A2"))
 *     .build();
 * }</pre>
 */
public final class JsonScalar {
  private enum Kind { TEXT, NUMBER, BOOLEAN }

  private final Kind kind;
  private final String value;

  private JsonScalar(Kind kind, String value) {
    this.kind = kind;
    this.value = value;
  }

  /**
   * A JSON string.
   *
   * @param text sent as a JSON string (escaped as Bolink's fastjson writes it)
   * @return the scalar
   */
  public static JsonScalar text(String text) {
    if (text == null) {
      throw new ValidationException("extraFields", "a text value must not be null");
    }
    return new JsonScalar(Kind.TEXT, text);
  }

  /**
   * A JSON integer.
   *
   * @param number sent as a JSON integer
   * @return the scalar
   */
  public static JsonScalar number(long number) {
    return new JsonScalar(Kind.NUMBER, Long.toString(number));
  }

  /**
   * A JSON decimal number, written in plain notation.
   *
   * @param number sent as a JSON number in plain notation; at most 18 integer digits and 9 decimals
   * @return the scalar
   */
  public static JsonScalar number(BigDecimal number) {
    if (number == null) {
      throw new ValidationException("extraFields", "a number must not be null");
    }
    long integerDigits = (long) number.precision() - number.scale();
    if (integerDigits > 18 || number.scale() > 9) {
      throw new ValidationException("extraFields", "a number has at most 18 integer digits and 9 decimals (was "
          + io.github.ampark.core.Checks.echo(number.toString()) + ")");
    }
    return new JsonScalar(Kind.NUMBER, number.toPlainString());
  }

  /**
   * A JSON boolean.
   *
   * @param flag sent as {@code true} or {@code false}
   * @return the scalar
   */
  public static JsonScalar bool(boolean flag) {
    return new JsonScalar(Kind.BOOLEAN, Boolean.toString(flag));
  }

  /**
   * Whether it is sent as a JSON string.
   *
   * @return whether it is sent as a JSON string
   */
  public boolean isText() {
    return kind == Kind.TEXT;
  }

  /**
   * The text, or the number or boolean as written.
   *
   * @return the text, or the number or boolean as written
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof JsonScalar && ((JsonScalar) o).kind == kind && ((JsonScalar) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + value.hashCode();
  }

  @Override
  public String toString() {
    return kind == Kind.TEXT ? "\"" + value + "\"" : value;
  }
}
