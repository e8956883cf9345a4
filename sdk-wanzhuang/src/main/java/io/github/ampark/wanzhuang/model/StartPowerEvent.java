package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code start_power}: a charge started, or failed to (form: {@code state}, {@code device_num},
 * {@code device_port}, {@code charge_id}). The {@code state} values are UNKNOWN (the vendor's enum
 * renders as a run-together string), so the raw integer is kept and not interpreted.
 *
 * <pre>{@code
 * public WanzhuangReply onStartPower(StartPowerEvent e) {
 *   charges.markStarted(e.chargeId(), e.state());
 *   return WanzhuangReply.acknowledge();
 * }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class StartPowerEvent implements WanzhuangEvent {
  StartPowerEvent() {}

  @Override
  public CallbackKind kind() {
    return CallbackKind.START_POWER;
  }

  /**
   * The device, wire {@code device_num}.
   *
   * @return the device number
   */
  @Override
  public abstract String deviceNum();

  /**
   * The port, wire {@code device_port}.
   *
   * @return the port number
   */
  public abstract long devicePort();

  /**
   * Your id of the charge, wire {@code charge_id}.
   *
   * @return the charge id
   */
  public abstract long chargeId();

  /**
   * Whether the charge started, wire {@code state}, as sent: the values are not published (the vendor's enum
   * renders as a run-together string) and may be negative, so the SDK does not interpret it.
   *
   * @return the raw state
   */
  public abstract long state();

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
   * Builds a {@link StartPowerEvent} by hand, for tests of your own handler.
   */
  public static final class Builder extends ImmutableStartPowerEvent.Builder {}
}
