package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code icc_pay_req}: an online card was swiped and asks to pay (form: {@code device_num}, {@code
 * device_port}, {@code icc_id}, {@code pay_amount} in fen). What the reply must say to approve or
 * deny is UNKNOWN: your handler decides and may answer with a reply body of its own ({@link
 * WanzhuangReply#custom}).
 */
@Value.Immutable
@AmparkStyle
public abstract class IccPayRequestEvent implements WanzhuangEvent {
  IccPayRequestEvent() {}

  @Override
  public CallbackKind kind() {
    return CallbackKind.ICC_PAY_REQ;
  }

  /** {@code device_num}. */
  @Override
  public abstract String deviceNum();

  /**
   * {@code device_port}.
   *
   * @return {@code device_port}
   */
  public abstract long devicePort();

  /**
   * {@code icc_id}, the card number (e.g. {@code 00277312}; kept as text, leading zeros matter).
   *
   * @return {@code icc_id}, the card number (e.g
   */
  public abstract String iccId();

  /**
   * {@code pay_amount}, the requested amount in fen.
   *
   * @return {@code pay_amount}, the requested amount in fen
   */
  public abstract long payAmountFen();

  /** Every field received, as text. */
  @Override
  public abstract Map<String, String> fields();

  /**
   * A new builder (the callbacks build these; use it in tests of your handler).
   *
   * @return a new builder (the callbacks build these; use it in tests of your handler)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link IccPayRequestEvent}. */
  public static final class Builder extends ImmutableIccPayRequestEvent.Builder {}
}
