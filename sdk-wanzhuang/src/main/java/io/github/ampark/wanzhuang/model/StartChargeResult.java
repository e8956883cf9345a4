package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A started charge: the request's device, port and {@code charge_id}, and how the client knows it
 * started — the vendor's answer, or ({@link #reconciled()}) a port carrying this {@code charge_id}
 * or a callback log naming it, read after an ambiguous failure.
 */
@Value.Immutable
@AmparkStyle
public abstract class StartChargeResult {
  StartChargeResult() {}

  /**
   * {@code device_num}.
   *
   * @return {@code device_num}
   */
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
   * Whether it was confirmed by reconciliation rather than by the answer to the start call.
   *
   * @return whether it was confirmed by reconciliation rather than by the answer to the start call
   */
  @Value.Default
  public boolean reconciled() {
    return false;
  }

  /**
   * The vendor's {@code message}, when answered.
   *
   * @return the vendor's {@code message}, when answered, or {@code null} when absent
   */
  public abstract @Nullable String message();

  /**
   * Every field of the answer's {@code data} (or of the port found) as text.
   *
   * @return every field of the answer's {@code data} (or of the port found) as text
   */
  public abstract Map<String, String> data();

  /**
   * A new builder (the client builds these; use it in tests of your own code).
   *
   * @return a new builder (the client builds these; use it in tests of your own code)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StartChargeResult}. */
  public static final class Builder extends ImmutableStartChargeResult.Builder {}
}
