package io.github.ampark.bolink;

import java.util.LinkedHashMap;
import java.util.Map;

/** Spec inputs shared by the tests that reproduce them. */
final class Vectors {
  /** BV5's key (also BV1's). */
  static final String BV5_KEY = "NQ0eSXs720170114";

  private Vectors() {}

  /** BV5's parameters in the legacy document's order, with the blank {@code type} it drops. */
  static Map<String, Object> bv5Params() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("park_id", "1001");
    p.put("name", "北京上地三街9号院停车场");
    p.put("address", "北京上地三街9号");
    p.put("phone", "13899884433");
    p.put("lng", "123.994449");
    p.put("lat", "32.466666");
    p.put("total_plot", 90);
    p.put("empty_plot", 56);
    p.put("union_id", 10001);
    p.put("rand", "0.20354312785198048");
    p.put("type", "");
    return p;
  }
}
