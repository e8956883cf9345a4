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
   * Field name → value as text.
   *
   * @return field name → value as text
   */
  public abstract Map<String, String> fields();

  /**
   * @param name a field name
   * @return its text, if present and not null
   */
  public Optional<String> text(String name) {
    return Optional.ofNullable(fields().get(name));
  }

  /**
   * @param name a field name
   * @return its value as a whole number, if present and numeric (a number sent as a string counts)
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
   * A new builder (the client builds these; use it in tests of your own code).
   *
   * @return a new builder (the client builds these; use it in tests of your own code)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DataRecord}. */
  public static final class Builder extends ImmutableDataRecord.Builder {}
}
