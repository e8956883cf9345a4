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
 * The answer to 2.5 余额调整: the balance now (unit UNKNOWN).
 *
 * <pre>{@code
 * AdjustResult.builder().balance(new BigDecimal("50.00")).build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"balance"})
@JsonDeserialize(as = ImmutableAdjustResult.class)
public abstract class AdjustResult {
  AdjustResult() {}

  /**
   * The balance; wire {@code balance}, or {@code null} (left out).
   *
   * @return the balance, or {@code null} when left out
   */
  @JsonProperty("balance")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable BigDecimal balance();

  /**
   * Starts a value; required attributes left unset make {@code build()} throw.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link AdjustResult}. */
  public static final class Builder extends ImmutableAdjustResult.Builder {}
}
