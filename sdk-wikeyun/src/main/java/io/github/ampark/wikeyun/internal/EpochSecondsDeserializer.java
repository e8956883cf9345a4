package io.github.ampark.wikeyun.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads a Unix time in seconds sent as a number or as a numeric string (Wikeyun sends both) into an
 * {@link Instant}; an empty string is {@code null} (not API).
 */
public final class EpochSecondsDeserializer extends StdScalarDeserializer<Instant> {
  private static final long serialVersionUID = 1L;

  /** For Jackson. */
  public EpochSecondsDeserializer() {
    super(Instant.class);
  }

  @Override
  public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
      return Instant.ofEpochSecond(p.getLongValue());
    }
    if (p.hasToken(JsonToken.VALUE_STRING)) {
      String text = p.getText().trim();
      if (text.isEmpty()) {
        return null;
      }
      try {
        return Instant.ofEpochSecond(Long.parseLong(text));
      } catch (NumberFormatException e) {
        return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not a Unix time in seconds");
      }
    }
    return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
  }
}
