package io.github.ampark.yinli.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * Yinli's answer to an accepted push: the envelope's {@code code}, {@code msg} and {@code data}.
 * Refusals never come back as a receipt: they are thrown as {@link io.github.ampark.core.ApiException}.
 *
 * <pre>{@code
 * PushReceipt r = client.pushMeterReadings(batch);
 * log.info("Yinli accepted {} readings: code {} {}", batch.readings().size(), r.code(), r.message());
 * }</pre>
 *
 * <p><b>UNKNOWN:</b> the shape of {@code data} on success (the vendor's example shows a list of
 * empty objects), so it is kept as raw JSON.
 */
@Value.Immutable
@AmparkStyle
public abstract class PushReceipt {
  /** The envelope's {@code code} as text, or {@code null} if it had none. */
  public abstract @Nullable String code();

  /** The envelope's {@code msg}, or {@code null}. */
  public abstract @Nullable String message();

  /** The envelope's {@code data} as sent ({@code MissingNode} or {@code NullNode} when there is none). */
  public abstract JsonNode data();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PushReceipt}. */
  public static final class Builder extends ImmutablePushReceipt.Builder {}
}
