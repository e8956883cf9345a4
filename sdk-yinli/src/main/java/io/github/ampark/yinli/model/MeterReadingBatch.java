package io.github.ampark.yinli.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * The body of one "每月推送电表读数" request ({@code POST /openapi/device/synchronize}): a mall's
 * readings, {@code {"data":[…],"mallCode":"…","version":"…"}}. Most callers push a month through
 * {@code client.meterReadingSync(mallCode, version)}, which cuts any number of readings into
 * batches of this type; use it directly to send one request yourself.
 *
 * <pre>{@code
 * client.pushMeterReadings(MeterReadingBatch.of("MALL-001", "1.0", readings));
 * }</pre>
 *
 * <p>All three fields are required. <b>UNKNOWN:</b> what {@code version} means (an API version? a
 * data version?) and which values Yinli accepts — the SDK sends the text you give and has no
 * default; and the largest number of readings per request (the SDK sets no limit here; the batch
 * helper sends 200 per request unless told otherwise).
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"data", "mallCode", "version"})
public abstract class MeterReadingBatch {
  MeterReadingBatch() {}

  /**
   * The readings (at least one); wire {@code data}.
   *
   * @return the readings (at least one)
   */
  @JsonProperty("data")
  public abstract List<MeterReading> readings();

  /**
   * The mall's code; wire {@code mallCode}.
   *
   * @return the mall's code
   */
  @JsonProperty("mallCode")
  public abstract String mallCode();

  /**
   * The {@code version} Yinli asks for (meaning UNKNOWN); wire {@code version}.
   *
   * @return the {@code version} Yinli asks for (meaning UNKNOWN)
   */
  @JsonProperty("version")
  public abstract String version();

  @Value.Check
  void check() {
    Checks.notBlank("mallCode", mallCode());
    Checks.notBlank("version", version());
    if (readings().isEmpty()) {
      throw new ValidationException("readings", "must not be empty");
    }
  }

  /**
   * One push of monthly readings for a mall.
   *
   * @param mallCode the mall's code, wire {@code mallCode}
   * @param version the {@code version} value Yinli asks for (meaning UNKNOWN)
   * @param readings at least one reading, wire {@code data}
   * @return the batch
   * @throws io.github.ampark.core.ValidationException when a value is missing or blank, or there is no
   *     reading
   */
  public static MeterReadingBatch of(String mallCode, String version, Iterable<? extends MeterReading> readings) {
    return builder().mallCode(mallCode).version(version).addAllReadings(readings).build();
  }

  /**
   * Starts a value; {@code build()} checks it and throws {@code ValidationException} naming the
   * first bad field.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MeterReadingBatch}. */
  public static final class Builder extends ImmutableMeterReadingBatch.Builder {}
}
