package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * {@code service.parking.direct.enter}: a car without plate scanned the entrance code; open the
 * barrier and record the entry (P云 may call again shortly: do not record twice). Answer with
 * {@link GatewayReply#directEnter(DirectEnterAnswer)}.
 *
 * <pre>{@code
 * GatewayReply onDirectEnter(DirectEnterEvent e) {
 *   Stay s = stays.enterWithoutPlate(e.passport(), e.gateId());
 *   return GatewayReply.directEnter(DirectEnterAnswer.builder().parkingSerial(s.id()).enterTime(s.since()).build());
 * }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class DirectEnterEvent implements GatewayEvent {
  /**
   * The driver's passport id ({@code passport}); use it as a virtual card. {@code null} when P云
   * leaves it out.
   *
   * @return the driver's passport id, or {@code null}
   */
  public abstract @Nullable String passport();

  /**
   * The entrance gate ({@code gate_id}). {@code null} when P云 leaves it out.
   *
   * @return the entrance gate, or {@code null}
   */
  public abstract @Nullable String gateId();

  /**
   * Starts an empty {@code DirectEnterEvent} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DirectEnterEvent}. */
  public static final class Builder extends ImmutableDirectEnterEvent.Builder {}
}
