package io.github.ampark.bolink;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A verified callback of a service this SDK has no type for (5.2, 5.5, 5.6, 5.8–5.12, 5.14, …):
 * read {@link #serviceName()} and {@link #data()}. Treated as a notification: duplicates are
 * filtered by {@link BolinkCallbacks#handle}.
 *
 * <pre>{@code
 * if ("refund_result".equals(event.serviceName())) { ... event.text("trade_no") ... }
 * }</pre>
 */
public final class GenericBolinkEvent extends BolinkEvent {
  GenericBolinkEvent(String serviceName, JsonNode data, String raw) {
    super(serviceName, data, raw);
  }

  @Override
  boolean notification() {
    return true;
  }
}
