package io.github.ampark.wikeyun.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads a Unix time in seconds sent as a number or as a numeric string (Wikeyun sends both) into an
 * optional {@link Instant}; {@code null} and an empty string are empty (not API).
 */
public final class EpochSecondsDeserializer extends StdDeserializer<Optional<Instant>> {
  private static final long serialVersionUID = 1L;
  private static final long MAX_SECONDS = 253402300799L; // 9999-12-31T23:59:59Z

  /** For Jackson. */
  public EpochSecondsDeserializer() {
    super(Optional.class);
  }

  @Override
  public Optional<Instant> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String text;
    if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_STRING)) {
      text = p.getText().trim();
    } else {
      return (Optional<Instant>) ctxt.handleUnexpectedToken(Instant.class, p);
    }
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      long seconds = Long.parseLong(text);
      if (seconds < 0 || seconds > MAX_SECONDS) {
        throw new NumberFormatException("out of range");
      }
      return Optional.of(Instant.ofEpochSecond(seconds));
    } catch (NumberFormatException e) {
      return (Optional<Instant>) ctxt.handleWeirdStringValue(Instant.class, text, "not a Unix time in seconds");
    }
  }

  @Override
  public Optional<Instant> getNullValue(DeserializationContext ctxt) {
    return Optional.empty();
  }
}
