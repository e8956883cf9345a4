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
   * {@code charge_id}.
   *
   * @return {@code charge_id}
   */
  public abstract long chargeId();

  /**
   * {@code state} as sent (meanings not published; may be negative).
   *
   * @return {@code state} as sent (meanings not published; may be negative)
   */
  public abstract long state();

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

  /** Builds a {@link StartPowerEvent}. */
  public static final class Builder extends ImmutableStartPowerEvent.Builder {}
}
