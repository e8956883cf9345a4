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
 * One real-time value of a meter in 2.6 ({@code rtLIst[]}): a point type code (values UNKNOWN)
 * and its value, kept as the exact decimal.
 *
 * <pre>{@code
 * RealtimePoint.builder().pointType("Ua").value(new BigDecimal("220.1")).build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"pointType", "value"})
@JsonDeserialize(as = ImmutableRealtimePoint.class)
public abstract class RealtimePoint {
  RealtimePoint() {}

  /**
   * Point type code (values UNKNOWN); wire {@code pointType}, or {@code null} (left out).
   *
   * @return point type code (values UNKNOWN), or {@code null} when left out
   */
  @JsonProperty("pointType")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String pointType();

  /**
   * The value (unit UNKNOWN); wire {@code value}, or {@code null} (left out).
   *
   * @return the value (unit UNKNOWN), or {@code null} when left out
   */
  @JsonProperty("value")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable BigDecimal value();

  /**
   * Starts a value; required attributes left unset make {@code build()} throw.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link RealtimePoint}. */
  public static final class Builder extends ImmutableRealtimePoint.Builder {}
}
