package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a write that returns no data answers: the envelope's {@code message} (its case varies,
 * {@code success} / {@code SUCCESS}; never decided on), {@code data.result} when present, and the
 * optional top-level {@code timestamp}. Returned only for {@code code == 1}.
 *
 * <pre>{@code
 * Acknowledgement a = client.devices().saveMode(request);
 * a.result();   // Optional[true] for saveMode
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class Acknowledgement {
  Acknowledgement() {}

  /** The envelope's {@code message}, or {@code null}. */
  public abstract @Nullable String message();

  /** {@code data.result} when the answer carries it (saveMode does). */
  public abstract Optional<Boolean> result();

  /** The envelope's top-level {@code timestamp} (Unix seconds), when present. */
  public abstract Optional<Instant> serverTime();

  /** Every scalar of {@code data} as text (nested values as compact JSON); empty when there is none. */
  public abstract Map<String, String> data();

  /** A new builder (the client builds these; use it in tests of your own code). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Acknowledgement}. */
  public static final class Builder extends ImmutableAcknowledgement.Builder {}
}
