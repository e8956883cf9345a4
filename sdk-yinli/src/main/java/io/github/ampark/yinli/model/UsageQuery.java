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
 * The body of 2.3 用电数据查询 ({@code POST /useData}), served by the energy system. {@code
 * queryType} has unpublished values; {@code time} is text in the pattern Yinli gives you.
 *
 * <pre>{@code
 * UsageQuery.builder().shopCode("S-101").deviceActualCode("DB-0001").queryType("month").time("2025-04").build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"shopCode", "deviceActualCode", "queryType", "time"})
@JsonDeserialize(as = ImmutableUsageQuery.class)
public abstract class UsageQuery {
  UsageQuery() {}

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
   * Query type code (values UNKNOWN); wire {@code queryType}, or {@code null} (left out).
   *
   * @return query type code (values UNKNOWN), or {@code null} when left out
   */
  @JsonProperty("queryType")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String queryType();

  /**
   * The period, in Yinli's pattern (UNKNOWN); wire {@code time}, or {@code null} (left out).
   *
   * @return the period, in Yinli's pattern (UNKNOWN), or {@code null} when left out
   */
  @JsonProperty("time")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String time();

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
    Fields.optionalText("queryType", queryType());
    Fields.optionalText("time", time());
    Fields.extras(extraFields(), "shopCode", "deviceActualCode", "queryType", "time");
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

  /** Builder for {@link UsageQuery}. */
  public static final class Builder extends ImmutableUsageQuery.Builder {}
}
