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
   * The device the charge runs on, from the request.
   *
   * @return the device number
   */
  public abstract String deviceNum();

  /**
   * The port the charge runs on, from the request.
   *
   * @return the port number
   */
  public abstract long devicePort();

  /**
   * Your id of the charge, from the request ({@code charge_id}).
   *
   * @return the charge id
   */
  public abstract long chargeId();

  /**
   * Whether the start was confirmed by reconciliation (a port carrying this {@code charge_id}, or a callback
   * log naming it) after the start call's answer was lost, rather than by that answer. Default {@code false}.
   *
   * @return {@code true} when confirmed by reconciliation
   */
  @Value.Default
  public boolean reconciled() {
    return false;
  }

  /**
   * The vendor's {@code message} from the start call's answer.
   *
   * @return the message, or {@code null} when reconciled or when the answer carried none
   */
  public abstract @Nullable String message();

  /**
   * Every field of the answer's {@code data} (or, when reconciled, of the port found) as text.
   *
   * @return the fields by name, possibly empty
   */
  public abstract Map<String, String> data();

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
   * Builds a {@link StartChargeResult} by hand, for tests of your own code.
   */
  public static final class Builder extends ImmutableStartChargeResult.Builder {}
}
