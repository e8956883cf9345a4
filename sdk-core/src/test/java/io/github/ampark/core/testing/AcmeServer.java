package io.github.ampark.core.testing;

import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** MockWebServer helpers for the acme test vendor. */
public final class AcmeServer {
  private AcmeServer() {}

  public static MockWebServer startServer() throws IOException {
    return MockServers.start();
  }

  public static String baseUrl(MockWebServer server) {
    return MockServers.baseUrl(server);
  }

  public static MockResponse ok(String dataJson) {
    return json(200, "{\"code\":\"OK\",\"message\":\"fine\",\"request_id\":\"r-1\",\"data\":" + dataJson + "}");
  }

  public static MockResponse error(String code, String message) {
    return json(200, "{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"request_id\":\"r-9\",\"data\":null}");
  }

  public static MockResponse json(int status, String body) {
    return MockServers.json(status, body);
  }

  public static String order(String orderNo, long amountFen, String status) {
    return "{\"order_no\":\"" + orderNo + "\",\"amount_fen\":" + amountFen + ",\"status\":\"" + status + "\"}";
  }

  public static String body(RecordedRequest r) {
    return MockServers.body(r);
  }
}
