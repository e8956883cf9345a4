package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One object of an answer whose fields the vendor has not published in full (device details, mode
 * settings, log lines, renewal lists): every field as text — numbers as written, nested objects
 * and arrays as compact JSON — in the order received. Immutable.
 *
 * <pre>{@code
 * DataRecord d = client.devices().findOne(DeviceRequest.of("18000001"));
 * String type = d.text("device_type").orElse("?");
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class DataRecord {
  DataRecord() {}

  /**
   * Every field of the object as text: numbers as written, nested objects and arrays as compact JSON, JSON
   * {@code null} as absent, in the order received.
   *
   * @return the fields by name
   */
  public abstract Map<String, String> fields();

  /**
   * Looks up one field's text.
   *
   * @param name the field's name as Wanzhuang sends it, e.g. {@code device_type}
   * @return its text, or empty when the field is absent
   */
  public Optional<String> text(String name) {
    return Optional.ofNullable(fields().get(name));
  }

  /**
   * Looks up one field as a whole number; a number sent as a string counts.
   *
   * @param name the field's name as Wanzhuang sends it
   * @return its value, or empty when the field is absent or not a whole number
   */
  public Optional<Long> number(String name) {
    String t = fields().get(name);
    if (t == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(t.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Starts a value by hand: the client builds these from Wanzhuang's answers, so this is for tests of
   * your own code.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DataRecord} by hand, for tests of your own code.
   */
  public static final class Builder extends ImmutableDataRecord.Builder {}
}
