package io.github.ampark.fourpyun.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.BodyCodec;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.core.spi.AmparkJson;
import io.github.ampark.core.time.TimeFormat;
import io.github.ampark.core.ValidationException;
import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fields of a P云 callback as text, the way the official sample gateway reads them (Jackson into
 * a {@code TreeMap<String, String>}): scalars as their JSON text, {@code null} as empty. Nested
 * objects and repeated names are refused (fail closed). Typed getters turn a missing or malformed
 * field into a {@link CallbackVerificationException}.
 */
public final class CallbackFields {
  private static final ObjectMapper MAPPER = AmparkJson.newMapper();
  private static final String VENDOR = "4pyun";

  private final TreeMap<String, String> values;

  private CallbackFields(TreeMap<String, String> values) {
    this.values = values;
  }

  /**
   * Reads a flat JSON object body.
   *
   * @param request the callback
   * @return its fields
   * @throws CallbackVerificationException if the body is not a flat JSON object
   */
  public static CallbackFields json(CallbackRequest request) {
    TreeMap<String, String> out = new TreeMap<>();
    try (JsonParser p = MAPPER.getFactory().createParser(request.bodyText())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw reject("the body is not a JSON object");
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.getCurrentName();
        JsonToken v = p.nextToken();
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
          throw reject("field " + io.github.ampark.core.Checks.echo(name) + " is not a plain value");
        }
        if (out.put(name, v == JsonToken.VALUE_NULL ? "" : p.getText()) != null) {
          throw reject("field " + io.github.ampark.core.Checks.echo(name) + " appears twice");
        }
      }
      if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw reject("the body is not a single JSON object");
      }
    } catch (IOException e) {
      throw new CallbackVerificationException(VENDOR, "the body is not JSON", e);
    }
    return new CallbackFields(out);
  }

  /**
   * Reads a form body, or a flat JSON object when the content type says JSON.
   *
   * @param request the callback
   * @return its fields
   */
  public static CallbackFields formOrJson(CallbackRequest request) {
    if (request.isJson()) {
      return json(request);
    }
    return new CallbackFields(new TreeMap<>(BodyCodec.form(request)));
  }

  /** @param reason why, free of secrets @return a verification failure */
  public static CallbackVerificationException reject(String reason) {
    return new CallbackVerificationException(VENDOR, reason);
  }

  /** Every field as received, {@code sign} included, sorted, unmodifiable. */
  public Map<String, String> all() {
    return Collections.unmodifiableMap(values);
  }

  /** The fields without {@code sign}, sorted, unmodifiable. */
  public Map<String, String> unsigned() {
    TreeMap<String, String> copy = new TreeMap<>(values);
    copy.remove("sign");
    return Collections.unmodifiableMap(copy);
  }

  /** @param name field @return its text, or {@code null} when absent or empty */
  public @Nullable String optional(String name) {
    String v = values.get(name);
    return v == null || v.isEmpty() ? null : v;
  }

  /** @param name field @return its text @throws CallbackVerificationException when absent or empty */
  public String required(String name) {
    String v = optional(name);
    if (v == null) {
      throw reject("field '" + name + "' is missing");
    }
    return v;
  }

  /** @param name field @return its integer value, or {@code null} @throws CallbackVerificationException if not an integer */
  public @Nullable Long optionalLong(String name) {
    String v = optional(name);
    if (v == null) {
      return null;
    }
    try {
      return Long.valueOf(v.trim());
    } catch (NumberFormatException e) {
      throw reject("field '" + name + "' is not a whole number");
    }
  }

  /** @param name field @return its integer value @throws CallbackVerificationException when absent or not an integer */
  public long requiredLong(String name) {
    required(name);
    return optionalLong(name);
  }

  /** @param name field @param format its time format @return the time, or {@code null} */
  public @Nullable Instant optionalTime(String name, TimeFormat format) {
    String v = optional(name);
    if (v == null) {
      return null;
    }
    try {
      return format.parse(name, v);
    } catch (ValidationException e) {
      throw reject("field '" + name + "' is not a " + format + " time");
    }
  }

  /** @param name field @param format its time format @return the time */
  public Instant requiredTime(String name, TimeFormat format) {
    required(name);
    return optionalTime(name, format);
  }
}
