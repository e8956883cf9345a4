package io.github.ampark.wikeyun;

import java.util.LinkedHashMap;
import java.util.Map;

/** The inputs of the spec's vectors W1 and W2 (shared/spec/wikeyun.md §1.5), as literal text. */
final class SpecVectors {
  static final String SECRET = "testsecret";
  static final String W1_SIGN = "3D4F9FB77B05285AFFFED29AF9E3DA66";
  static final String W2_SIGN = "5BA561D9B1DBA6F60E7AEBC30EA54990";

  private SpecVectors() {}

  /** The common system parameters: app 1000001, client 127.0.0.1, json, t=1700000000, v1.0. */
  static Map<String, String> system() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("app_key", "1000001");
    p.put("client", "127.0.0.1");
    p.put("format", "json");
    p.put("timestamp", "1700000000");
    p.put("v", "1.0");
    return p;
  }

  /** W1 (pushOrder): its business parameters plus {@link #system()}. */
  static Map<String, String> w1() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("store_id", "12345");
    p.put("cardId", "67890");
    p.put("order_no", "T202401010001");
    p.put("amount", "100");
    p.put("recharge_type", "0");
    p.put("notify_url", "https://example.com/notify");
    p.putAll(system());
    return p;
  }

  /** W2 (cardInfo): {@code card_id=67890} plus {@link #system()}. */
  static Map<String, String> w2() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("card_id", "67890");
    p.putAll(system());
    return p;
  }
}
