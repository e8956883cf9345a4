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

  /**
   * The device where the card was swiped, wire {@code device_num}.
   *
   * @return the device number
   */
  @Override
  public abstract String deviceNum();

  /**
   * The port to charge, wire {@code device_port}.
   *
   * @return the port number
   */
  public abstract long devicePort();

  /**
   * The card number, wire {@code icc_id} (e.g. {@code 00277312}); kept as text because leading zeros matter.
   *
   * @return the card number
   */
  public abstract String iccId();

  /**
   * The amount the card asks to pay, in fen, wire {@code pay_amount}.
   *
   * @return the amount in fen
   */
  public abstract long payAmountFen();

  /**
   * Every form field received, as text, in the order received.
   *
   * @return the fields by name
   */
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

  /**
   * Builds an {@link IccPayRequestEvent} by hand, for tests of your own handler.
   */
  public static final class Builder extends ImmutableIccPayRequestEvent.Builder {}
}
