package io.github.ampark.spring.test;

import io.github.ampark.testkit.bolink.FakeBolink;
import java.util.Map;

/** Starts each vendor's fake (in its own class so a missing vendor module is never loaded). */
final class Fakes {
  private Fakes() {}

  static AutoCloseable bolink(long unionId, String ukey, Map<String, Object> props) {
    FakeBolink fake = FakeBolink.start(unionId, ukey);
    props.put("ampark.bolink.base-url", fake.url());
    props.put("ampark.bolink.union-id", unionId);
    props.put("ampark.bolink.ukey", ukey);
    return fake;
  }
}
