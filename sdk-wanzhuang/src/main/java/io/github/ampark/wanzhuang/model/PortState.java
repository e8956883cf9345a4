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
   * The port number.
   *
   * @return the port number
   */
  public abstract long port();

  /**
   * The raw {@code state} code, or {@code null} when the answer did not carry it.
   *
   * @return the raw {@code state} code, or {@code null} when absent
   */
  public abstract @Nullable String stateCode();

  /**
   * The state; {@link PortStatus#UNKNOWN} for an unknown or absent code.
   *
   * @return the state; {@link PortStatus#UNKNOWN} for an unknown or absent code
   */
  @Value.Derived
  public PortStatus status() {
    return PortStatus.of(stateCode());
  }

  /**
   * {@code charge_id} on the port, or {@code null} when absent or not a number.
   *
   * @return {@code charge_id} on the port, or {@code null} when absent
   */
  public abstract @Nullable Long chargeId();

  /**
   * Every field of the port as text.
   *
   * @return every field of the port as text
   */
  public abstract Map<String, String> fields();

  /**
   * A new builder (the client builds these; use it in tests of your own code).
   *
   * @return a new builder (the client builds these; use it in tests of your own code)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PortState}. */
  public static final class Builder extends ImmutablePortState.Builder {}
}
