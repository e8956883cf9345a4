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

  /** {@code device_num}. */
  @Override
  public abstract String deviceNum();

  /**
   * {@code coin}: running total of coin income, fen.
   *
   * @return {@code coin}: running total of coin income, fen
   */
  public abstract long coinFen();

  /**
   * {@code card}: running total of card income, fen.
   *
   * @return {@code card}: running total of card income, fen
   */
  public abstract long cardFen();

  /**
   * {@code time}: the device's report time as sent (unit not documented; Unix seconds presumably).
   *
   * @return {@code time}: the device's report time as sent (unit not documented; Unix seconds presumably)
   */
  public abstract long time();

  /**
   * Whether an earlier-handled report of this device had a later {@code time}.
   *
   * @return whether an earlier-handled report of this device had a later {@code time}
   */
  @Value.Default
  public boolean stale() {
    return false;
  }

  /**
   * The latest {@code time} seen for this device before this report, or {@code null}.
   *
   * @return the latest {@code time} seen for this device before this report, or {@code null} when absent
   */
  public abstract @Nullable Long previousTime();

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

  /** Builds a {@link OfflineProfitEvent}. */
  public static final class Builder extends ImmutableOfflineProfitEvent.Builder {}
}
