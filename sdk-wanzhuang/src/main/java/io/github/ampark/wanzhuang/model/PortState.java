package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One port in a {@code /open/device/state} answer: its number, raw {@code state} code with the
 * {@link PortStatus} it stands for, the {@code charge_id} it carries, and every field as text.
 *
 * <pre>{@code
 * if (port.status().canContinue(port.chargeId(), myChargeId)) { ... }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class PortState {
  PortState() {}

  /**
   * The port number, from 1, as the answer gives it.
   *
   * @return the port number
   */
  public abstract long port();

  /**
   * The port's state code as received, wire {@code state}.
   *
   * @return the raw code, or {@code null} when the answer did not carry it
   */
  public abstract @Nullable String stateCode();

  /**
   * The port's state, decoded from {@link #stateCode()}.
   *
   * @return the state; {@link PortStatus#UNKNOWN} for an unknown or absent code
   */
  @Value.Derived
  public PortStatus status() {
    return PortStatus.of(stateCode());
  }

  /**
   * The charge the port carries, wire {@code charge_id}: your id from {@code startCharge}.
   *
   * @return the charge id, or {@code null} when absent or not a number
   */
  public abstract @Nullable Long chargeId();

  /**
   * Every field of the port as text (nested values as compact JSON), e.g. {@code current_power}.
   *
   * @return the fields by name, in the order received
   */
  public abstract Map<String, String> fields();

  /**
   * Starts a value by hand: the client builds these from Wanzhuang's answers, so this is for tests of
   * your own code.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PortState} by hand, for tests of your own code.
   */
  public static final class Builder extends ImmutablePortState.Builder {}
}
