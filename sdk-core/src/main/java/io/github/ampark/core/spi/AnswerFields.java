package io.github.ampark.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Nullable;
import java.math.BigDecimal;

/**
 * The fields of a vendor's JSON answer read as {@link AmparkJson#newMapper()} binds them to Java
 * types, without Jackson's data binding (for module authors writing a {@link DataReader}). Each
 * method reads one field of an object; a node that is not an object has no fields. Linear in the
 * field's text, and never throws anything but {@link Mismatch}.
 *
 * <p>The rules, pinned field by field against Jackson's binding in {@code AnswerFieldsMatchJackson}:
 *
 * <ul>
 *   <li>a missing field and JSON {@code null} read as {@code null};
 *   <li>text fields take any scalar as its text ({@code 12} reads {@code "12"}, {@code 1e3} reads
 *       {@code "1E+3"}, {@code true} reads {@code "true"}); an object or array does not fit;
 *   <li>number fields take a number, or text holding one (trimmed; blank text reads as {@code
 *       null}); a whole number field truncates a fraction sent as a JSON number ({@code 1.5} reads
 *       1) but refuses one sent as text ({@code "1.5"}), and refuses anything out of its range;
 *       {@code true}, {@code false}, objects and arrays do not fit.
 * </ul>
 */
public final class AnswerFields {
  /** The longest number text Jackson reads (its default {@code StreamReadConstraints}). */
  private static final int MAX_NUMBER_LENGTH = 1000;

  private AnswerFields() {}

  /**
   * A text field.
   *
   * @param object the JSON object
   * @param field the field name
   * @return the scalar's text (blank text as it is), or {@code null} when missing or JSON {@code null}
   * @throws Mismatch when the field holds an object or an array
   */
  public static @Nullable String text(JsonNode object, String field) {
    JsonNode n = object.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isValueNode()) {
      throw new Mismatch(field, "is not text");
    }
    return n.asText();
  }

  /**
   * A whole number field read as {@code Long}.
   *
   * @param object the JSON object
   * @param field the field name
   * @return the number, or {@code null} when missing, JSON {@code null} or blank text
   * @throws Mismatch when the field holds no whole number within {@code long}'s range
   */
  public static @Nullable Long wholeNumber(JsonNode object, String field) {
    return whole(object, field, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /**
   * A whole number field read as {@code Integer}.
   *
   * @param object the JSON object
   * @param field the field name
   * @return the number, or {@code null} when missing, JSON {@code null} or blank text
   * @throws Mismatch when the field holds no whole number within {@code int}'s range
   */
  public static @Nullable Integer smallWholeNumber(JsonNode object, String field) {
    Long v = whole(object, field, Integer.MIN_VALUE, Integer.MAX_VALUE);
    return v == null ? null : Integer.valueOf(v.intValue());
  }

  /**
   * A decimal field.
   *
   * @param object the JSON object
   * @param field the field name
   * @return the decimal as the tree holds it, or {@code null} when missing, JSON {@code null} or
   *     blank text
   * @throws Mismatch when the field holds no decimal number
   */
  public static @Nullable BigDecimal decimal(JsonNode object, String field) {
    JsonNode n = object.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isNumber()) {
      return n.decimalValue();
    }
    if (!n.isTextual()) {
      throw new Mismatch(field, "is not a decimal number");
    }
    String t = n.textValue().trim();
    if (t.isEmpty()) {
      return null;
    }
    if (t.length() > MAX_NUMBER_LENGTH) {
      throw new Mismatch(field, "is too long for a number");
    }
    BigDecimal d = parseDecimal(t);
    if (d == null) {
      throw new Mismatch(field, "is not a decimal number");
    }
    return d;
  }

  /**
   * A required value: the value itself, or a {@link Mismatch} naming the field when it is {@code null}.
   *
   * @param field the field name, for the message
   * @param value the value read
   * @param <T> its type
   * @return the value
   * @throws Mismatch when the value is {@code null}
   */
  public static <T> T required(String field, @Nullable T value) {
    if (value == null) {
      throw new Mismatch(field, "is missing");
    }
    return value;
  }

  private static @Nullable Long whole(JsonNode object, String field, long min, long max) {
    JsonNode n = object.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isIntegralNumber()) {
      if (n.canConvertToLong()) {
        return inRange(field, n.longValue(), min, max);
      }
      throw new Mismatch(field, "is out of range");
    }
    if (n.isNumber()) {
      // a fraction sent as a JSON number is truncated (Jackson's ACCEPT_FLOAT_AS_INT, on by
      // default), when the number itself is within range
      BigDecimal d = n.decimalValue();
      if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
        throw new Mismatch(field, "is out of range");
      }
      return d.longValue();
    }
    if (!n.isTextual()) {
      throw new Mismatch(field, "is not a whole number");
    }
    String t = n.textValue().trim();
    if (t.isEmpty()) {
      return null;
    }
    if (t.length() > MAX_NUMBER_LENGTH) {
      throw new Mismatch(field, "is too long for a number");
    }
    try {
      return inRange(field, Long.parseLong(t), min, max);
    } catch (NumberFormatException e) {
      throw new Mismatch(field, "is not a whole number");
    }
  }

  private static long inRange(String field, long v, long min, long max) {
    if (v < min || v > max) {
      throw new Mismatch(field, "is out of range");
    }
    return v;
  }

  /**
   * A decimal as Jackson reads one from text: Java's notation in ASCII digits ({@code ".5"} and
   * {@code "5."} included), but no point right before the exponent ({@code "5.e2"}); else null.
   */
  private static @Nullable BigDecimal parseDecimal(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return null;
      }
      if (c == '.' && i + 1 < t.length() && (t.charAt(i + 1) == 'e' || t.charAt(i + 1) == 'E')) {
        return null;
      }
    }
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * A field of an answer does not fit the type it is read into. The message names the field and
   * never carries its value.
   */
  public static final class Mismatch extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The field that does not fit. */
    private final String field;

    /**
     * A mismatch.
     *
     * @param field the field name
     * @param what what is wrong, e.g. {@code "is not a whole number"}
     */
    public Mismatch(String field, String what) {
      super("'" + field + "' " + what);
      this.field = field;
    }

    /**
     * The field that does not fit.
     *
     * @return the field name
     */
    public String field() {
      return field;
    }
  }
}
