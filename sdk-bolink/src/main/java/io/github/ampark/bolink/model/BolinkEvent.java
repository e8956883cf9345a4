package io.github.ampark.bolink.model;

import io.github.ampark.core.Nullable;
import java.util.Map;

/**
 * A verified callback from Bolink (section 5, "需要厂商平台实现的接口"): Bolink posts {@code
 * {"data":{…,"service_name":…},"sign":…}} and {@code BolinkCallbacks} checks the signature over the
 * raw text of {@code data} and routes on the {@code service_name} inside it. One of {@link
 * QueryPriceEvent} (5.1), {@link PrepayOrderEvent} (5.3), {@link NoLicenceInParkEvent} (5.7),
 * {@link MonthCardPayEvent} (5.8), {@link VerifyCodeEvent} (5.13), {@link PayNoticeEvent} (5.14),
 * or {@link GenericEvent} for any other service.
 *
 * <pre>{@code
 * log.info("bolink {} for park {}: {}", event.serviceName(), event.parkId(), event.fields());
 * }</pre>
 */
public interface BolinkEvent {
  /**
   * The callback's service ({@code service_name}) from the signed {@code data}, e.g. {@code
   * query_price}.
   *
   * @return the callback's service from the signed {@code data}, e.g. {@code query_price}
   */
  String serviceName();

  /**
   * The exact text of {@code data} as received and verified.
   *
   * @return the exact text of {@code data} as received and verified
   */
  String rawData();

  /**
   * Every member of {@code data} as text (scalars as written, objects and lists as their JSON
   * text).
   *
   * @return every member of {@code data} as text (scalars as written, objects and lists as their
   *     JSON text)
   */
  Map<String, String> fields();

  /**
   * The car park's id ({@code park_id}), or {@code null}.
   *
   * @return the car park's id, or {@code null}
   */
  default @Nullable String parkId() {
    return fields().get("park_id");
  }

  /**
   * The licence plate ({@code car_number}), or {@code null}.
   *
   * @return the licence plate, or {@code null}
   */
  default @Nullable String carNumber() {
    return fields().get("car_number");
  }

  /**
   * The order number of the stay ({@code order_id}), or {@code null}.
   *
   * @return the order number of the stay, or {@code null}
   */
  default @Nullable String orderId() {
    return fields().get("order_id");
  }
}
