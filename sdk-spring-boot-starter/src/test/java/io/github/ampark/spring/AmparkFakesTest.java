package io.github.ampark.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.bolink.BolinkClient;
import io.github.ampark.fourpyun.FourPyunClient;
import io.github.ampark.spring.fourpyun.FourPyunTenants;
import io.github.ampark.spring.test.AmparkFakes;
import io.github.ampark.spring.wanzhuang.WanzhuangTenants;
import io.github.ampark.spring.wikeyun.WikeyunTenants;
import io.github.ampark.testkit.bolink.FakeBolink;
import io.github.ampark.testkit.fourpyun.FakeFourPyun;
import io.github.ampark.testkit.wanzhuang.FakeWanzhuang;
import io.github.ampark.testkit.wikeyun.FakeWikeyun;
import io.github.ampark.wanzhuang.WanzhuangClient;
import io.github.ampark.wikeyun.WikeyunClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code @AmparkFakes}: every vendor on the classpath gets its fake, and the auto-configured clients call it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@AmparkFakes
class AmparkFakesTest {
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}

  @Autowired BolinkClient bolink;
  @Autowired FakeBolink fakeBolink;
  @Autowired WikeyunClient wikeyun;
  @Autowired FakeWikeyun fakeWikeyun;
  @Autowired FourPyunClient fourpyun;
  @Autowired FakeFourPyun fakeFourPyun;
  @Autowired WanzhuangClient wanzhuang;
  @Autowired FakeWanzhuang fakeWanzhuang;
  @Autowired WikeyunTenants wikeyunTenants;
  @Autowired FourPyunTenants fourPyunTenants;
  @Autowired WanzhuangTenants wanzhuangTenants;

  static void quietly(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException answeredWithAnError) {
      // the fake's answer does not matter here: that the request reached it does
    }
  }

  @Test
  void bolinkCallsReachTheFakeSignedWithItsKey() {
    bolink.raw().union("unionapi/newpark/setUp", Map.of("park_id", "p1"));
    assertThat(fakeBolink.received(FakeBolink.PARK_SETUP)).hasSize(1);
  }

  @Test
  void theOtherVendorsCallsReachTheirFakes() {
    int w = fakeWikeyun.requestCount();
    int f = fakeFourPyun.requestCount();
    int z = fakeWanzhuang.requestCount();
    quietly(() -> wikeyun.raw().post("rest/Power/query", Map.of("order_number", "x")));
    quietly(() -> fourpyun.raw().form("parking/vip/query", Map.of("plate", "x")));
    quietly(() -> wanzhuang.raw().get("open/device/state", Map.of("device_num", "18000001")));
    assertThat(fakeWikeyun.requestCount()).isGreaterThan(w);
    assertThat(fakeFourPyun.requestCount()).isGreaterThan(f);
    assertThat(fakeWanzhuang.requestCount()).isGreaterThan(z);
  }

  @Test
  void eachVendorHasItsDefaultTenant() {
    assertThat(wikeyunTenants.configuredTenants()).containsExactly(AmparkTenants.DEFAULT_TENANT);
    assertThat(fourPyunTenants.client(AmparkTenants.DEFAULT_TENANT)).isSameAs(fourpyun);
    assertThat(wanzhuangTenants.client(AmparkTenants.DEFAULT_TENANT)).isSameAs(wanzhuang);
  }
}
