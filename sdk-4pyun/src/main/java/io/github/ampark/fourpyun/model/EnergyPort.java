package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import org.immutables.value.Value;

/**
 * One connector of a charging device in {@link EnergyDevice#ports()}. State codes are listed in
 * the 4pyun openapi appendix ({@code port_state}, {@code space_status}).
 *
 * <pre>{@code
 * EnergyPort.builder().no("TEST01").state(1).stateDesc("空闲").alias("A").spaceStatus(0).build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class EnergyPort {
  /**
   * Local connector number ({@code no}).
   *
   * @return local connector number
   */
  public abstract String no();

  /**
   * Connector state code ({@code state}).
   *
   * @return connector state code
   */
  public abstract int state();

  /**
   * Description of the state ({@code state_desc}).
   *
   * @return description of the state
   */
  public abstract String stateDesc();

  /**
   * Alias shown to drivers, e.g. {@code A} ({@code alias}).
   *
   * @return alias shown to drivers, e.g. {@code A}
   */
  public abstract String alias();

  /**
   * Parking space state code ({@code space_status}). Optional: {@code null} (the default) leaves it
   * out.
   *
   * @return parking space state code, or {@code null}
   */
  public abstract @Nullable Integer spaceStatus();

  @Value.Check
  void check() {
    Checks.notBlank("no", no());
    Checks.notBlank("stateDesc", stateDesc());
    Checks.notBlank("alias", alias());
  }

  /**
   * Starts an empty {@code EnergyPort} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link EnergyPort}. */
  public static final class Builder extends ImmutableEnergyPort.Builder {}
}
