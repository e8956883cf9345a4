package io.github.ampark.wanzhuang.model;

import java.util.Map;

/**
 * A callback from wz-open, parsed: {@link StartPowerEvent}, {@link FinishOrderEvent}, {@link
 * IccPayRequestEvent} or {@link OfflineProfitEvent}. Every field received is kept in {@link
 * #fields()}, including those this SDK does not name.
 *
 * <p>Wanzhuang documents no callback signature: an event says what the request claimed, nothing
 * more. Check what matters with a signed call ({@code WanzhuangCallbacks.confirm…}).
 */
public interface WanzhuangEvent {
  /**
   * Which callback it is.
   *
   * @return which callback it is
   */
  CallbackKind kind();

  /**
   * {@code device_num}.
   *
   * @return {@code device_num}
   */
  String deviceNum();

  /**
   * Every field received, as text, in the order received.
   *
   * @return every field received, as text, in the order received
   */
  Map<String, String> fields();
}
