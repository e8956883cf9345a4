package io.github.ampark.bolink.model;

import io.github.ampark.core.AmparkStyle;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code nolicence_in_park} (5.7 无牌车入场请求): may a car without a plate enter? A question,
 * answered every time; the documented reply is {@code {state 0|1|2, errmsg, car_number, timetemp}}.
 *
 * <pre>{@code
 * public BolinkReply onNoLicenceInPark(NoLicenceInParkEvent e) { return e.admit("临A12345", Instant.now()); }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class NoLicenceInParkEvent implements BolinkEvent {
  @Override
  public abstract String serviceName();

  @Override
  public abstract String rawData();

  @Override
  @Value.Auxiliary
  public abstract Map<String, String> fields();

  /**
   * The documented admitting reply {@code {"state":1,"errmsg":"ok","car_number":…,"timetemp":…}}.
   *
   * @param carNumber the plate assigned to the car
   * @param entryTime the entry time ({@code timetemp}, epoch seconds)
   * @return the reply
   */
  public final BolinkReply admit(String carNumber, Instant entryTime) {
    return BolinkReply.success("ok").withText("car_number", carNumber).withNumber("timetemp", entryTime.getEpochSecond());
  }

  /**
   * Starts an empty {@code NoLicenceInParkEvent} builder, for tests of your own code.
   *
   * @return a new builder (for tests; the SDK builds events from verified callbacks)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link NoLicenceInParkEvent}. */
  public static final class Builder extends ImmutableNoLicenceInParkEvent.Builder {}
}
