package io.github.ampark.yinli.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import io.github.ampark.yinli.internal.Fields;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The body of 2.1 查询设备信息 ({@code POST /deviceInfo}), served by the energy system.
 *
 * <pre>{@code
 * DeviceInfoQuery.builder().shopCode("S-101").deviceActualCode("DB-0001").build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"shopCode", "deviceActualCode"})
@JsonDeserialize(as = ImmutableDeviceInfoQuery.class)
public abstract class DeviceInfoQuery {
  DeviceInfoQuery() {}

  /**
   * The shop's code (required); wire {@code shopCode}.
   *
   * @return the shop's code
   */
  @JsonProperty("shopCode")
  public abstract String shopCode();

  /**
   * The meter's code; wire {@code deviceActualCode}, or {@code null} (left out).
   *
   * @return the meter's code, or {@code null} when left out
   */
  @JsonProperty("deviceActualCode")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String deviceActualCode();

  /**
   * Fields Yinli's page does not list, sent as JSON strings after the listed ones, in insertion
   * order (names must differ from the listed ones). Empty by default.
   *
   * @return the extra fields by wire name, possibly empty
   */
  @JsonAnyGetter
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    Fields.text("shopCode", shopCode());
    Fields.optionalText("deviceActualCode", deviceActualCode());
    Fields.extras(extraFields(), "shopCode", "deviceActualCode");
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

  /** Builder for {@link DeviceInfoQuery}. */
  public static final class Builder extends ImmutableDeviceInfoQuery.Builder {}
}
