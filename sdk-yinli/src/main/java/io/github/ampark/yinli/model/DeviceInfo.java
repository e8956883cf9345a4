package io.github.ampark.yinli.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The answer to 2.1 查询设备信息: the shop's balance. {@code balance} is money of unpublished unit
 * (fen or yuan), kept as the exact decimal; {@code days} presumably the days the balance lasts.
 *
 * <pre>{@code
 * DeviceInfo.builder().shopCode("S-101").balance(new BigDecimal("88.50")).days(12L).build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"shopCode", "deviceActualCode", "balance", "days", "deviceList"})
@JsonDeserialize(as = ImmutableDeviceInfo.class)
public abstract class DeviceInfo {
  DeviceInfo() {}

  /**
   * The shop's code; wire {@code shopCode}, or {@code null} (left out).
   *
   * @return the shop's code, or {@code null} when left out
   */
  @JsonProperty("shopCode")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String shopCode();

  /**
   * The meter's code; wire {@code deviceActualCode}, or {@code null} (left out).
   *
   * @return the meter's code, or {@code null} when left out
   */
  @JsonProperty("deviceActualCode")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String deviceActualCode();

  /**
   * The balance (unit UNKNOWN); wire {@code balance}, or {@code null} (left out).
   *
   * @return the balance (unit UNKNOWN), or {@code null} when left out
   */
  @JsonProperty("balance")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable BigDecimal balance();

  /**
   * Days (meaning UNKNOWN: presumably how long the balance lasts); wire {@code days}, or {@code null} (left out).
   *
   * @return days (meaning UNKNOWN: presumably how long the balance lasts), or {@code null} when left out
   */
  @JsonProperty("days")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable Long days();

  /**
   * The shop's devices; wire {@code deviceList}.
   *
   * @return the shop's devices
   */
  @JsonProperty("deviceList")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Device> devices();

  /**
   * Starts a value; required attributes left unset make {@code build()} throw.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeviceInfo}. */
  public static final class Builder extends ImmutableDeviceInfo.Builder {}
}
