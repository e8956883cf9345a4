package io.github.ampark.yinli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Writes a raw code kept as text (already checked against {@link #PATTERN}) as a JSON number,
 * digit for digit: Yinli's {@code priceLevel} is a number in the vendor's example, but its values
 * and range are unpublished, so the SDK keeps the caller's text rather than guess a Java type.
 */
public final class NumberText extends JsonSerializer<String> {
  /** A JSON number without exponent: {@code 0}, {@code 12}, {@code -3}, {@code 1.5}. */
  public static final Pattern PATTERN = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  @Override
  public void serialize(String value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
    gen.writeNumber(value);
  }
}
