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
 * One entry of the answer to 2.3 用电数据查询 (units UNKNOWN).
 *
 * <pre>{@code
 * List<Usage> usage = yinli.energy().usage(query);
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"deviceActualCode", "mTime", "mUsed", "mAmount", "detail"})
@JsonDeserialize(as = ImmutableUsage.class)
public abstract class Usage {
  Usage() {}

  /**
   * The meter's code; wire {@code deviceActualCode}, or {@code null} (left out).
   *
   * @return the meter's code, or {@code null} when left out
   */
  @JsonProperty("deviceActualCode")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String deviceActualCode();

  /**
   * The period, in the peer's pattern; wire {@code mTime}, or {@code null} (left out).
   *
   * @return the period, in the peer's pattern, or {@code null} when left out
   */
  @JsonProperty("mTime")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String time();

  /**
   * Energy used (presumably kWh); wire {@code mUsed}, or {@code null} (left out).
   *
   * @return energy used (presumably kWh), or {@code null} when left out
   */
  @JsonProperty("mUsed")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable BigDecimal used();

  /**
   * Its cost (unit UNKNOWN); wire {@code mAmount}, or {@code null} (left out).
   *
   * @return its cost (unit UNKNOWN), or {@code null} when left out
   */
  @JsonProperty("mAmount")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable BigDecimal amount();

  /**
   * The usage of each day in the period, wire {@code detail}; left out when empty.
   *
   * @return the days, possibly empty
   */
  @JsonProperty("detail")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<UsageDetail> details();

  /**
   * Starts a value; required attributes left unset make {@code build()} throw.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Usage}. */
  public static final class Builder extends ImmutableUsage.Builder {}
}
