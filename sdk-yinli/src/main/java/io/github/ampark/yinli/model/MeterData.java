package io.github.ampark.yinli.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.util.List;
import org.immutables.value.Value;

/**
 * One meter in the answer to 2.6 同步电表数据. The vendor spells the list {@code rtLIst} on the
 * wire; here it is {@link #realtimePoints()}.
 *
 * <pre>{@code
 * page.meters().get(0).realtimePoints();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"shopCode", "storeCode", "deviceActualCode", "type", "rtLIst"})
@JsonDeserialize(as = ImmutableMeterData.class)
public abstract class MeterData {
  MeterData() {}

  /**
   * The shop's code; wire {@code shopCode}, or {@code null} (left out).
   *
   * @return the shop's code, or {@code null} when left out
   */
  @JsonProperty("shopCode")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String shopCode();

  /**
   * The store's code; wire {@code storeCode}, or {@code null} (left out).
   *
   * @return the store's code, or {@code null} when left out
   */
  @JsonProperty("storeCode")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String storeCode();

  /**
   * The meter's code; wire {@code deviceActualCode}, or {@code null} (left out).
   *
   * @return the meter's code, or {@code null} when left out
   */
  @JsonProperty("deviceActualCode")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String deviceActualCode();

  /**
   * Type code (values UNKNOWN); wire {@code type}, or {@code null} (left out).
   *
   * @return type code (values UNKNOWN), or {@code null} when left out
   */
  @JsonProperty("type")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String type();

  /**
   * Real-time values (wire spelling {@code rtLIst}); wire {@code rtLIst}.
   *
   * @return real-time values (wire spelling {@code rtLIst})
   */
  @JsonProperty("rtLIst")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<RealtimePoint> realtimePoints();

  /**
   * Starts a value; required attributes left unset make {@code build()} throw.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MeterData}. */
  public static final class Builder extends ImmutableMeterData.Builder {}
}
