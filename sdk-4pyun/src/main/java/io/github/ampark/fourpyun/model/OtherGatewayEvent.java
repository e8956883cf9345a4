package io.github.ampark.fourpyun.model;

import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * A gateway call of a service this SDK has no type for ({@code service.parking.vip}, {@code
 * .realtime}, {@code .detail}, or a new one). Read {@link #fields()} and answer with {@link
 * GatewayReply#ok()} plus {@link GatewayReply#withField(String, Object)}.
 *
 * <pre>{@code
 * GatewayReply onOther(OtherGatewayEvent e) {
 *   if ("service.parking.realtime".equals(e.service())) return GatewayReply.ok().withField("total", 100).withField("parking", 10);
 *   return GatewayReply.unsupported(e.service());
 * }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class OtherGatewayEvent implements GatewayEvent {
  /**
   * Starts an empty {@code OtherGatewayEvent} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link OtherGatewayEvent}. */
  public static final class Builder extends ImmutableOtherGatewayEvent.Builder {}
}
