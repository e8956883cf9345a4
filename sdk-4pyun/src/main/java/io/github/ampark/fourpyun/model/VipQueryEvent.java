package io.github.ampark.fourpyun.model;

import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * {@code service.parking.vip.query}: P云 asks which fixed-vehicle cards a plate holds. Answer with
 * {@link GatewayReply#vips(java.util.List)}.
 *
 * <pre>{@code
 * GatewayReply onVipQuery(VipQueryEvent e) {
 *   return GatewayReply.vips(cards.of(e.plate()));
 * }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class VipQueryEvent implements GatewayEvent {
  /**
   * The plate ({@code plate}).
   *
   * @return the plate
   */
  public abstract String plate();

  /**
   * Starts an empty {@code VipQueryEvent} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link VipQueryEvent}. */
  public static final class Builder extends ImmutableVipQueryEvent.Builder {}
}
