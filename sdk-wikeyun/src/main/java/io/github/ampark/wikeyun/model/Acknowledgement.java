package io.github.ampark.wikeyun.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Wikeyun's success answer to an operation that returns no record ({@code editCard},
 * {@code delCard}, {@code cancel}, {@code forbid}): its message, and its {@code data} when that is
 * a string.
 *
 * <pre>{@code
 * Acknowledgement ack = client.power().cancelOrder(CancelOrderRequest.of("P2024010100001"));
 * log.info("cancelled: {}", ack.message()); // null when Wikeyun sent no msg
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class Acknowledgement {
  Acknowledgement() {}

  /**
   * The envelope's message ({@code msg}), e.g. "编辑成功"; {@code null} when Wikeyun sent none.
   *
   * @return the message, or {@code null}
   */
  public abstract @Nullable String message();

  /**
   * The envelope's {@code data} when it is a string; {@code null} for no data or an object such as
   * {@code {}}.
   *
   * @return the data text, or {@code null}
   */
  public abstract @Nullable String detail();

  /**
   * Wikeyun's clock when it answered ({@code time}, Unix seconds); {@code null} when the envelope
   * carries no readable time.
   *
   * @return the server time, or {@code null}
   */
  public abstract @Nullable Instant serverTime();

  /**
   * A new builder (for tests of your own code).
   *
   * @return a new builder (for tests of your own code)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Acknowledgement}. */
  public static final class Builder extends ImmutableAcknowledgement.Builder {}
}
