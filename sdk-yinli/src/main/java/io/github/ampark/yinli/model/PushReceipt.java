package io.github.ampark.yinli.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * Yinli's answer to an accepted push (1.1 and 1.5): the envelope's {@code code} and {@code msg}.
 * Refusals never come back as a receipt: they are thrown as {@link io.github.ampark.core.ApiException}.
 *
 * <pre>{@code
 * PushReceipt r = client.pushMeterReadings(batch);
 * log.info("Yinli accepted {} readings: code {} {}", batch.readings().size(), r.code(), r.message());
 * }</pre>
 *
 * <p><b>UNKNOWN:</b> the shape of {@code data} on success (the vendor's example shows a list of
 * empty objects); it is not kept (use {@code raw()} to see it).
 */
@Value.Immutable
@AmparkStyle
public abstract class PushReceipt {
  PushReceipt() {}

  /**
   * The envelope's {@code code} as text, or {@code null} if it had none.
   *
   * @return the envelope's {@code code} as text, or {@code null} when left out
   */
  public abstract @Nullable String code();

  /**
   * The envelope's {@code msg}, or {@code null}.
   *
   * @return the envelope's {@code msg}, or {@code null} when left out
   */
  public abstract @Nullable String message();

  /**
   * Starts a value; required attributes left unset make {@code build()} throw.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PushReceipt}. */
  public static final class Builder extends ImmutablePushReceipt.Builder {}
}
