package com.example.compat;

import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.wikeyun.WikeyunCallbacks;
import io.github.ampark.wikeyun.WikeyunClient;
import io.github.ampark.wikeyun.WikeyunHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * What the application's callback endpoint (a servlet in the Spring Boot projects) does with a
 * Wikeyun callback: hand it to {@link WikeyunCallbacks} and write back the reply it returns.
 */
public final class CallbackEndpoint {
  private static volatile WikeyunCallbacks callbacks;
  private static final List<String> HANDLED = new ArrayList<>();

  private CallbackEndpoint() {}

  /** The client whose credentials verify the callbacks. */
  public static void use(WikeyunClient client) {
    callbacks = WikeyunCallbacks.of(client);
  }

  /** Verifies and handles one callback; the reply goes back to Wikeyun as is. */
  public static CallbackReply handle(CallbackRequest request) {
    return callbacks.handle(request, WikeyunHandler.onOrderStatus(event -> {
      synchronized (HANDLED) {
        HANDLED.add(event.orderNo() + " " + event.status());
      }
    }));
  }

  /** The callbacks handled so far, as "orderNo status". */
  public static List<String> handled() {
    synchronized (HANDLED) {
      return new ArrayList<>(HANDLED);
    }
  }
}
