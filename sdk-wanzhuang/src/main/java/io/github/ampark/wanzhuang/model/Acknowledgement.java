package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a write that returns no data answers: the envelope's {@code message} (its case varies,
 * {@code success} / {@code SUCCESS}; never decided on), {@code data.result} when present, and the
 * optional top-level {@code timestamp}. Returned only for {@code code == 1}.
 *
 * <pre>{@code
 * Acknowledgement a = client.devices().saveMode(request);
 * Boolean ok = a.result();   // TRUE for saveMode; null when the answer has no data.result
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class Acknowledgement {
  Acknowledgement() {}

  /**
   * The envelope's {@code message} as sent (its case varies: {@code success}, {@code SUCCESS}); the SDK never
   * decides anything on it.
   *
   * @return the message, or {@code null} when the answer carries none
   */
  public abstract @Nullable String message();

  /**
   * The vendor's verdict in {@code data.result} (saveMode carries it): {@code true} for a JSON
   * {@code true}, {@code "true"} or {@code "1"}, {@code false} for {@code false}, {@code "false"} or
   * {@code "0"}.
   *
   * @return the result, or {@code null} when {@code data.result} is absent or none of those values
   */
  public abstract @Nullable Boolean result();

  /**
   * The platform's clock when it answered, from the envelope's top-level {@code timestamp} (Unix
   * seconds, UTC).
   *
   * @return the server time, or {@code null} when the answer carries no numeric {@code timestamp}
   */
  public abstract @Nullable Instant serverTime();

  /**
   * Every scalar field of {@code data} as text, nested values as compact JSON, in the order received.
   *
   * @return the fields by name; empty when {@code data} is absent or not an object
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
   * Builds an {@link Acknowledgement} by hand, for tests of your own code.
   */
  public static final class Builder extends ImmutableAcknowledgement.Builder {}
}
