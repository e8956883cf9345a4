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
 * The body of 2.6 同步电表数据 ({@code POST /readRt}), served by the energy system. {@code
 * dataType} has unpublished values; pages count from what the peer says (UNKNOWN: 0 or 1).
 *
 * <pre>{@code
 * MeterDataQuery.builder().shopCode("S-101").pageNo(1).pageSize(50).build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"shopCode", "deviceActualCode", "dataType", "pageNo", "pageSize"})
@JsonDeserialize(as = ImmutableMeterDataQuery.class)
public abstract class MeterDataQuery {
  MeterDataQuery() {}

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
   * Data type code (values UNKNOWN); wire {@code dataType}, or {@code null} (left out).
   *
   * @return data type code (values UNKNOWN), or {@code null} when left out
   */
  @JsonProperty("dataType")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String dataType();

  /**
   * Page number; wire {@code pageNo}, or {@code null} (left out).
   *
   * @return page number, or {@code null} when left out
   */
  @JsonProperty("pageNo")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable Integer pageNo();

  /**
   * Page size; wire {@code pageSize}, or {@code null} (left out).
   *
   * @return page size, or {@code null} when left out
   */
  @JsonProperty("pageSize")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable Integer pageSize();

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
    Fields.optionalText("shopCode", shopCode());
    Fields.optionalText("deviceActualCode", deviceActualCode());
    Fields.optionalText("dataType", dataType());
    Fields.extras(extraFields(), "shopCode", "deviceActualCode", "dataType", "pageNo", "pageSize");
    Fields.page("pageNo", pageNo());
    Fields.page("pageSize", pageSize());
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

  /** Builder for {@link MeterDataQuery}. */
  public static final class Builder extends ImmutableMeterDataQuery.Builder {}
}
