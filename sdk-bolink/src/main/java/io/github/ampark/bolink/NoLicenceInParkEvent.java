package io.github.ampark.bolink;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.time.TimeFormat;
import java.time.Instant;

/**
 * {@code nolicence_in_park} (5.7 无牌车入场请求): a driver without a plate scanned the entry code.
 * Answer with {@link #admit} (state 1, the temporary plate you assign) or {@link BolinkReply#failure}.
 * The request's fields besides {@code park_id} are not published; read them from {@link #data()}.
 *
 * <pre>{@code
 * if (event instanceof NoLicenceInParkEvent) {
 *   return ((NoLicenceInParkEvent) event).admit("临A12345", Instant.now());
 * }
 * }</pre>
 */
public final class NoLicenceInParkEvent extends BolinkEvent {
  NoLicenceInParkEvent(JsonNode data, String raw) {
    super("nolicence_in_park", data, raw);
  }

  /**
   * The documented reply {@code {state:1, errmsg, car_number, timetemp}}.
   *
   * @param carNumber the plate assigned to the car
   * @param entryTime the entry time ({@code timetemp}, epoch seconds)
   * @return the reply
   */
  public BolinkReply admit(String carNumber, Instant entryTime) {
    return BolinkReply.success("ok").with("car_number", carNumber)
        .with("timetemp", Long.valueOf(TimeFormat.EPOCH_SECONDS.format(entryTime)));
  }

  @Override
  boolean notification() {
    return false;
  }
}
