package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.model.AmparkStyle;
import java.util.Map;
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
  @Override
  public abstract String service();

  @Override
  public abstract @Nullable String version();

  @Override
  public abstract @Nullable String charset();

  @Override
  public abstract @Nullable String parkUuid();

  @Override
  public abstract Map<String, String> fields();

  /** The plate. */
  public abstract String plate();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link VipQueryEvent}. */
  public static final class Builder extends ImmutableVipQueryEvent.Builder {}
}
