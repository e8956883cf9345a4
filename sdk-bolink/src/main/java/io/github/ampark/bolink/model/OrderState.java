package io.github.ampark.bolink.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The answer of 4.3 车场订单电子支付状态查询 about one payment: the first {@code data} item
 * (the document lists {@code pay_state, pay_type, pay_scene, pay_channel, in_time, out_time, …}).
 *
 * <pre>{@code
 * OrderState s = client.orders().queryOrderState(q); if ("1".equals(s.payState())) { ... }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class OrderState {
  /**
   * {@code trade_no} asked about.
   *
   * @return {@code trade_no} asked about
   */
  public abstract String tradeNo();

  /**
   * The note ({@code errmsg}), or {@code null}.
   *
   * @return the note, or {@code null}
   */
  public abstract @Nullable String message();

  /**
   * {@code pay_state} as received, or {@code null}.
   *
   * @return {@code pay_state} as received, or {@code null}
   */
  public abstract @Nullable String payState();

  /**
   * {@code pay_type} as received, or {@code null}.
   *
   * @return {@code pay_type} as received, or {@code null}
   */
  public abstract @Nullable String payTypeCode();

  /**
   * Every member of the answer as text (scalars as written, objects and lists as their JSON text).
   *
   * @return every member of the answer as text (scalars as written, objects and lists as their JSON
   *     text)
   */
  @Value.Auxiliary
  public abstract Map<String, String> fields();

  /**
   * Starts an empty {@code OrderState} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link OrderState}. */
  public static final class Builder extends ImmutableOrderState.Builder {}
}
