package io.github.ampark.spring.test;

import io.github.ampark.testkit.bolink.FakeBolink;
import io.github.ampark.testkit.wikeyun.FakeWikeyun;
import io.github.ampark.testkit.fourpyun.FakeFourPyun;
import io.github.ampark.testkit.wanzhuang.FakeWanzhuang;
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

  static AutoCloseable wikeyun(Map<String, Object> props) {
    FakeWikeyun fake = FakeWikeyun.start();
    props.put("ampark.wikeyun.base-url", fake.url());
    props.put("ampark.wikeyun.app-key", FakeWikeyun.APP_KEY);
    props.put("ampark.wikeyun.app-secret", FakeWikeyun.APP_SECRET);
    props.put("ampark.wikeyun.store-id", FakeWikeyun.STORE_ID);
    return fake;
  }

  static AutoCloseable fourpyun(Map<String, Object> props) {
    FakeFourPyun fake = FakeFourPyun.start();
    props.put("ampark.fourpyun.base-url", fake.url());
    props.put("ampark.fourpyun.app-secret", fake.appSecret());
    props.put("ampark.fourpyun.app-id", fake.appId());
    props.put("ampark.fourpyun.park-uuid", fake.parkUuid());
    props.put("ampark.fourpyun.gateway-key", fake.gatewayKey());
    return fake;
  }

  static AutoCloseable wanzhuang(Map<String, Object> props) {
    FakeWanzhuang fake = FakeWanzhuang.start();
    props.put("ampark.wanzhuang.base-url", fake.url());
    props.put("ampark.wanzhuang.app-id", FakeWanzhuang.APP_ID);
    props.put("ampark.wanzhuang.secret", FakeWanzhuang.SECRET);
    return fake;
  }
}
