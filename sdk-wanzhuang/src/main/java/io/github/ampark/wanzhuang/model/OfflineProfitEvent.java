package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code offline_profit} (multipart, in development at the vendor): running totals of a device's
 * coin and card income. The totals can go down (a repair, a reset through the API), so they are not
 * summed; a report whose {@code time} is older than the last one seen for the device is {@link
 * #stale()} and should be ignored.
 */
@Value.Immutable
@AmparkStyle
public abstract class OfflineProfitEvent implements WanzhuangEvent {
  OfflineProfitEvent() {}

  @Override
  public CallbackKind kind() {
    return CallbackKind.OFFLINE_PROFIT;
  }

  /**
   * The reporting device, wire {@code device_num}.
   *
   * @return the device number
   */
  @Override
  public abstract String deviceNum();

  /**
   * The device's running total of coin income, in fen, wire {@code coin}; may go down after a repair or a
   * reset.
   *
   * @return the coin total in fen
   */
  public abstract long coinFen();

  /**
   * The device's running total of card income, in fen, wire {@code card}; may go down after a repair or a
   * reset.
   *
   * @return the card total in fen
   */
  public abstract long cardFen();

  /**
   * The device's report time as sent, wire {@code time} (unit not documented; presumably Unix seconds); used
   * only to order the reports of one device.
   *
   * @return the report time
   */
  public abstract long time();

  /**
   * Whether a report of this device with a later {@code time} was handled before this one; a stale report
   * should be ignored. Handled by {@code WanzhuangCallbacks.handle}, which acknowledges stale reports without
   * calling your handler.
   *
   * @return {@code true} when this report is older than the last one seen
   */
  @Value.Default
  public boolean stale() {
    return false;
  }

  /**
   * The latest {@code time} seen for this device before this report, from the callbacks' in-memory record
   * (bounded by {@code WanzhuangCallbacks.Builder.maxTrackedDevices}).
   *
   * @return that time, or {@code null} when none was seen
   */
  public abstract @Nullable Long previousTime();

  /**
   * Every field received, as text, in the order received.
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
   * Builds an {@link OfflineProfitEvent} by hand, for tests of your own handler.
   */
  public static final class Builder extends ImmutableOfflineProfitEvent.Builder {}
}
