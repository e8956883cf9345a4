package io.github.ampark.bolink.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The answer of 3.3 月卡续费: {@code {payurl, trade_no, state}}. {@link #reconciled()} is {@code true}
 * when the answer was lost and 4.3 (query type 1, monthly card) named this {@code trade_no}.
 *
 * <pre>{@code
 * redirect(client.payments().payMonthCard(renewal).payUrl());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class MonthCardPayResult {
  /**
   * The trade number of this payment ({@code trade_no}), as Bolink answered it.
   *
   * @return the trade number of this payment
   */
  public abstract String tradeNo();

  /**
   * Whether this result came from 4.3 after a lost answer.
   *
   * @return whether this result came from 4.3 after a lost answer
   */
  public abstract boolean reconciled();

  /**
   * {@code payurl}, or {@code null} (a reconciled result has none).
   *
   * @return {@code payurl}, or {@code null} (a reconciled result has none)
   */
  public abstract @Nullable String payUrl();

  /**
   * Every member of the answer as text (scalars as written, objects and lists as their JSON text).
   *
   * @return every member of the answer as text (scalars as written, objects and lists as their JSON
   *     text)
   */
  @Value.Auxiliary
  public abstract Map<String, String> fields();

  /**
   * Starts an empty {@code MonthCardPayResult} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MonthCardPayResult}. */
  public static final class Builder extends ImmutableMonthCardPayResult.Builder {}
}
