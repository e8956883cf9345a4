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
   * Which of the four callbacks this is, from the callback URL's last path segment.
   *
   * @return the kind
   */
  CallbackKind kind();

  /**
   * The device the callback is about, wire {@code device_num}.
   *
   * @return the device number
   */
  String deviceNum();

  /**
   * Every field received, as text, in the order received, including those this SDK does not name.
   *
   * @return the fields by name
   */
  Map<String, String> fields();
}
