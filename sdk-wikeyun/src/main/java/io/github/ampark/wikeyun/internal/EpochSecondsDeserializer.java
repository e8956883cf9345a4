package io.github.ampark.wikeyun.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import io.github.ampark.core.Nullable;
import java.time.Instant;

/**
 * Reads a Unix time in seconds sent as a number or as a numeric string (Wikeyun sends both) into an
 * {@link Instant}; {@code null} and an empty string are {@code null} (not API).
 */
public final class EpochSecondsDeserializer extends StdDeserializer<Instant> {
  private static final long serialVersionUID = 1L;
  private static final long MAX_SECONDS = 253402300799L; // 9999-12-31T23:59:59Z

  /** For Jackson. */
  public EpochSecondsDeserializer() {
    super(Instant.class);
  }

  @Override
  public @Nullable Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_STRING)) {
      return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
    }
    String text = p.getText();
    try {
      return parse(text);
    } catch (NumberFormatException e) {
      return (Instant) ctxt.handleWeirdStringValue(Instant.class, text.trim(), "not a Unix time in seconds");
    }
  }

  /**
   * The one rule for a Unix time in seconds, for Jackson and for {@link Readers}.
   *
   * @param text the number or string as sent
   * @return the instant, or {@code null} for blank text
   * @throws NumberFormatException when it is not a whole number of seconds from 1970 to 9999
   */
  static @Nullable Instant parse(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      return null;
    }
    long seconds = Long.parseLong(t);
    if (seconds < 0 || seconds > MAX_SECONDS) {
      throw new NumberFormatException("out of range");
    }
    return Instant.ofEpochSecond(seconds);
  }
}
