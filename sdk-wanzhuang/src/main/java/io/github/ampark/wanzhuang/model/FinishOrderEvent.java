package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code finish_order}: a charge ended — the bill (form: {@code device_num}, {@code device_port},
 * {@code charge_id}, … the rest of the list is not readable, so every field is kept in {@link
 * #fields()}). Wanzhuang may report it several times ("多次上报不影响最终结果"):
 * {@code WanzhuangCallbacks.handle} hands each {@code charge_id} to your handler once.
 *
 * <p>The field that carries the end reason is UNKNOWN; name it with {@code
 * WanzhuangCallbacks.Builder.endReasonField} and {@link #endReason()} reads it.
 */
@Value.Immutable
@AmparkStyle
public abstract class FinishOrderEvent implements WanzhuangEvent {
  FinishOrderEvent() {}

  @Override
  public CallbackKind kind() {
    return CallbackKind.FINISH_ORDER;
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
   * The end-reason code from the configured field, or {@code null} (no field configured, or absent).
   *
   * @return the end-reason code from the configured field, or {@code null} when absent
   */
  public abstract @Nullable String endReasonCode();

  /**
   * The end reason; {@link EndReason#UNKNOWN} when unknown or not configured.
   *
   * @return the end reason; {@link EndReason#UNKNOWN} when unknown or not configured
   */
  @Value.Derived
  public EndReason endReason() {
    return EndReason.of(endReasonCode());
  }

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

  /** Builds a {@link FinishOrderEvent}. */
  public static final class Builder extends ImmutableFinishOrderEvent.Builder {}
}
