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

  /**
   * The device that charged, wire {@code device_num}.
   *
   * @return the device number
   */
  @Override
  public abstract String deviceNum();

  /**
   * The port that charged, wire {@code device_port}.
   *
   * @return the port number
   */
  public abstract long devicePort();

  /**
   * Your id of the charge that ended, wire {@code charge_id}; the duplicate guard hands each one to your
   * handler once.
   *
   * @return the charge id
   */
  public abstract long chargeId();

  /**
   * The raw end-reason code, read from the field named with {@code WanzhuangCallbacks.Builder.endReasonField}
   * (which field carries it is UNKNOWN at the vendor).
   *
   * @return the code, or {@code null} when no field is configured or the callback lacks it
   */
  public abstract @Nullable String endReasonCode();

  /**
   * Why the charge ended, decoded from {@link #endReasonCode()}.
   *
   * @return the reason; {@link EndReason#UNKNOWN} when the code is absent, not configured or not known
   */
  @Value.Derived
  public EndReason endReason() {
    return EndReason.of(endReasonCode());
  }

  /**
   * Every form field received, as text, in the order received, including those this SDK does not name (the
   * bill's amounts among them).
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
   * Builds a {@link FinishOrderEvent} by hand, for tests of your own handler.
   */
  public static final class Builder extends ImmutableFinishOrderEvent.Builder {}
}
