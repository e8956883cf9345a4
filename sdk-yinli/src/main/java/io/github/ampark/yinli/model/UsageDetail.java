package io.github.ampark.yinli.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One {@code detail[]} entry of 2.3: a day's use (units UNKNOWN).
 *
 * <pre>{@code
 * usage.details().get(0).used();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"mDate", "mUsed", "mAmount"})
@JsonDeserialize(as = ImmutableUsageDetail.class)
public abstract class UsageDetail {
  UsageDetail() {}

  /**
   * The day, in the peer's pattern; wire {@code mDate}, or {@code null} (left out).
   *
   * @return the day, in the peer's pattern, or {@code null} when left out
   */
  @JsonProperty("mDate")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String date();

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
   * Starts a value; required attributes left unset make {@code build()} throw.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link UsageDetail}. */
  public static final class Builder extends ImmutableUsageDetail.Builder {}
}
