package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * The entry a park records for {@code service.parking.direct.enter} (official sample
 * {@code ParkingDirectEnterResponse}).
 *
 * <pre>{@code
 * GatewayReply.directEnter(DirectEnterAnswer.builder().parkingSerial("S-1").enterTime(now).enterGate("东门").build());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class DirectEnterAnswer {
  /**
   * The stay the park opened ({@code parking_serial}).
   *
   * @return the stay the park opened
   */
  public abstract String parkingSerial();

  /**
   * When ({@code yyyyMMddHHmmss}, Asia/Shanghai, on the wire).
   *
   * @return when
   */
  public abstract Instant enterTime();

  /**
   * Entrance name ({@code enter_gate}). Optional: {@code null} (the default) leaves it out.
   *
   * @return entrance name, or {@code null}
   */
  public abstract @Nullable String enterGate();

  /**
   * Time parked so far ({@code parking_time}, whole seconds). Optional: {@code null} (the default)
   * leaves it out.
   *
   * @return time parked so far (whole seconds on the wire), or {@code null}
   */
  public abstract @Nullable Duration parkingTime();

  @Value.Check
  void check() {
    Checks.notBlank("parkingSerial", parkingSerial());
  }

  /**
   * Starts an empty {@code DirectEnterAnswer} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DirectEnterAnswer}. */
  public static final class Builder extends ImmutableDirectEnterAnswer.Builder {}
}
