package io.github.ampark.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.spring.fourpyun.FourPyunAutoConfiguration;
import io.github.ampark.spring.internal.HealthConfigurations;
import io.github.ampark.spring.wikeyun.WikeyunAutoConfiguration;
import io.github.ampark.spring.yinli.YinliAutoConfiguration;
import io.github.ampark.testkit.fourpyun.FakeFourPyun;
import io.github.ampark.testkit.wikeyun.FakeWikeyun;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The reachability probe (off by default): against the fakes, Wikeyun's card query and 4pyun's
 * payment-status query are answered (UP, with the vendor's own code for the unknown key); against
 * a refused port the same tenants are DOWN naming the exception type; Yinli says it has no safe
 * read; no detail carries a secret.
 */
class HealthReachabilityTest {
  static FakeWikeyun wikeyun;
  static FakeFourPyun fourpyun;
  static int refusedPort;

  @BeforeAll
  static void start() throws Exception {
    wikeyun = FakeWikeyun.start();
    fourpyun = FakeFourPyun.start();
    try (ServerSocket s = new ServerSocket(0)) {
      refusedPort = s.getLocalPort(); // closed again: connections are refused
    }
  }

  @AfterAll
  static void stop() {
    wikeyun.close();
    fourpyun.close();
  }

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(AmparkAutoConfiguration.class, WikeyunAutoConfiguration.class,
          FourPyunAutoConfiguration.class, YinliAutoConfiguration.class, HealthConfigurations.class))
      .withPropertyValues("ampark.guard.type=memory", "ampark.health.enabled=true",
          "ampark.wikeyun.app-key=" + FakeWikeyun.APP_KEY, "ampark.wikeyun.app-secret=" + FakeWikeyun.APP_SECRET,
          "ampark.wikeyun.store-id=" + FakeWikeyun.STORE_ID,
          "ampark.fourpyun.app-secret=" + fourpyun().appSecret(), "ampark.fourpyun.app-id=" + fourpyun().appId(),
          "ampark.fourpyun.park-uuid=" + fourpyun().parkUuid(),
          "ampark.yinli.base-url=http://127.0.0.1:1/");

  static FakeFourPyun fourpyun() {
    return fourpyun;
  }

  static Health health(AssertableApplicationContext ctx, String vendor) {
    CompositeHealthContributor ampark = ctx.getBean("amparkHealthContributor", CompositeHealthContributor.class);
    return ((HealthIndicator) ((CompositeHealthContributor) ampark.getContributor(vendor)).getContributor("default")).health();
  }

  @Test
  void offByDefaultNothingIsSent() {
    runner.withPropertyValues("ampark.wikeyun.base-url=http://127.0.0.1:" + refusedPort + "/").run(ctx -> {
      Health h = health(ctx, "wikeyun");
      assertThat(h.getStatus()).isEqualTo(Status.UP);
      assertThat(h.getDetails()).containsEntry("checked", "configuration").doesNotContainKey("probe");
    });
  }

  @Test
  void theFakesAnswerSoTheProbedTenantsAreUpWithTheVendorsCode() {
    runner.withPropertyValues("ampark.health.reachability=true", "ampark.wikeyun.base-url=" + wikeyun.url(),
        "ampark.fourpyun.base-url=" + fourpyun.url()).run(ctx -> {
          Health w = health(ctx, "wikeyun");
          assertThat(w.getStatus()).isEqualTo(Status.UP);
          assertThat(w.getDetails()).containsEntry("checked", "configuration, reachability").containsKey("probe")
              .containsEntry("answer", "vendor error").containsEntry("vendorCode", FakeWikeyun.CODE_CARD_NOT_FOUND);
          Health f = health(ctx, "fourpyun");
          assertThat(f.getStatus()).isEqualTo(Status.UP);
          assertThat(f.getDetails()).containsEntry("answer", "vendor error").containsEntry("vendorCode", "500");
          Health y = health(ctx, "yinli");
          assertThat(y.getStatus()).isEqualTo(Status.UP);
          assertThat(String.valueOf(y.getDetails().get("reachability"))).startsWith("not probed");
          for (Health h : new Health[] {w, f, y}) {
            assertThat(h.getDetails().toString()).doesNotContain(FakeWikeyun.APP_SECRET).doesNotContain(fourpyun.appSecret());
          }
        });
  }

  @Test
  void aRefusedPortIsDownNamingTheExceptionType() {
    String dead = "http://127.0.0.1:" + refusedPort + "/";
    runner.withPropertyValues("ampark.health.reachability=true", "ampark.health.reachability-timeout=5s", "ampark.wikeyun.call-deadline=2s", "ampark.fourpyun.call-deadline=2s",
        "ampark.wikeyun.base-url=" + dead, "ampark.fourpyun.base-url=" + dead).run(ctx -> {
          for (String vendor : new String[] {"wikeyun", "fourpyun"}) {
            Health h = health(ctx, vendor);
            assertThat(h.getStatus()).as(vendor).isEqualTo(Status.DOWN);
            assertThat(h.getDetails()).as(vendor).containsEntry("answer", "failed").containsKey("error");
          }
        });
  }
}
