package io.github.ampark.bolink;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Nullable;

/**
 * A verified callback from Bolink (section 5, "需要厂商平台实现的接口"). Bolink posts {@code
 * {"data":{…,"service_name":…},"sign":…}}; {@link BolinkCallbacks} checks the signature over the
 * raw text of {@code data} and gives one of:
 *
 * <ul>
 *   <li>{@link NoLicenceInParkEvent} ({@code nolicence_in_park}, 5.7): may a car without a plate enter?
 *   <li>{@link VerifyCodeEvent} ({@code verify_code}, 5.13): send the driver an SMS code;
 *   <li>{@link QueryPriceEvent} ({@code query_price}): what does this stay cost now?
 *   <li>{@link PrepayOrderEvent} ({@code prepay_order}): a stay was prepaid;
 *   <li>{@link GenericBolinkEvent}: any other service, with its data as received.
 * </ul>
 *
 * <pre>{@code
 * CallbackReply reply = callbacks.handle(request, event -> {
 *   if (event instanceof QueryPriceEvent) {
 *     return BolinkReply.success("ok").with("total", "12.00");
 *   }
 *   return BolinkReply.success("ok");
 * });
 * }</pre>
 */
public abstract class BolinkEvent {
  private final String serviceName;
  private final JsonNode data;
  private final String rawData;

  BolinkEvent(String serviceName, JsonNode data, String rawData) {
    this.serviceName = serviceName;
    this.data = data;
    this.rawData = rawData;
  }

  /** {@code service_name}, e.g. {@code query_price}. */
  public final String serviceName() {
    return serviceName;
  }

  /** The verified {@code data} object (a copy is not made: do not modify it). */
  public final JsonNode data() {
    return data;
  }

  /** The exact text of {@code data} as received and verified. */
  public final String rawData() {
    return rawData;
  }

  /** {@code park_id}, or {@code null}. */
  public final @Nullable String parkId() {
    return text("park_id");
  }

  /** {@code car_number}, or {@code null}. */
  public final @Nullable String carNumber() {
    return text("car_number");
  }

  /** {@code order_id}, or {@code null}. */
  public final @Nullable String orderId() {
    return text("order_id");
  }

  /**
   * @param field a member of {@code data}
   * @return its value as text ({@code null} when absent or null)
   */
  public final @Nullable String text(String field) {
    JsonNode n = data.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    return n.isValueNode() ? n.asText() : n.toString();
  }

  /** Whether Bolink may resend this event as a notification (duplicates are then filtered). */
  abstract boolean notification();

  /** The key identifying a resend of this event. */
  String duplicateKey(String sign) {
    return "bolink:" + serviceName + ":" + sign;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + serviceName + ", park " + parkId() + "}";
  }
}
