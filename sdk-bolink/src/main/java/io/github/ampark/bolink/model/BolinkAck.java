package io.github.ampark.bolink.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * Bolink accepted a request ({@code state} 1). A refusal is never an ack: it is thrown as an
 * {@link io.github.ampark.core.ApiException} carrying {@code state} as the vendor code and {@code
 * errmsg} as the message.
 *
 * <pre>{@code
 * BolinkAck ack = client.orders().exitOrder(exit);
 * log.info("bolink: {}", ack.message());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class BolinkAck {
  /**
   * The note ({@code errmsg}) (Bolink sends a note even on success, e.g. {@code "上传成功"}), or {@code
   * null}.
   *
   * @return the note (Bolink sends a note even on success, e.g. {@code "上传成功"}), or {@code
   *     null}
   */
  public abstract @Nullable String message();

  /**
   * Whether the answer to the request was lost and the client learned from a query that Bolink
   * has the order anyway (then {@link #message()} says so and nothing was sent twice).
   *
   * @return whether the answer to the request was lost and the client learned from a query that
   *     Bolink has the order anyway (then {@link #message()} says so and nothing was sent twice)
   */
  @Value.Default
  public boolean reconciled() {
    return false;
  }

  /**
   * Starts an empty {@code BolinkAck} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link BolinkAck}. */
  public static final class Builder extends ImmutableBolinkAck.Builder {}
}
