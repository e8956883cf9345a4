package io.github.ampark.bolink.model;

import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * The answer to {@link io.github.ampark.bolink.BolinkPayments#redPacketChange}: the page where the
 * driver collects the change ({@code data.url}).
 *
 * <pre>{@code
 * String url = client.payments().redPacketChange(change).url();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class RedPacketChangeResult {
  /**
   * {@code data.url}.
   *
   * @return {@code data.url}
   */
  public abstract String url();

  /**
   * Starts an empty {@code RedPacketChangeResult} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link RedPacketChangeResult}. */
  public static final class Builder extends ImmutableRedPacketChangeResult.Builder {}
}
