package io.github.ampark.samples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.testkit.CallbackSender;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.github.ampark.testkit.bolink.FakeBolink;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 15 part 4: two instances of the sample app (two Spring Boot 4 contexts on two ports) behind
 * nothing but the Bolink fakes, sharing one duplicate guard on a real server — Redis in one run,
 * PostgreSQL in the other. Each fake sends every callback to both instances at once and then resends
 * it to both again: each event is handled exactly once in total, and every delivery ends with
 * Bolink's exact acknowledgement.
 *
 * <p>Servers come from {@code .ci/services} ({@code AMPARK_TEST_REDIS_URL}, {@code AMPARK_TEST_PG_*}).
 * Without them the run is skipped with a message, except under {@code CI=true}, where it fails.
 */
class TwoInstancesShareOneGuardTest {
  static final String RECEIVED = "{\"state\":1,\"errmsg\":\"received\"}";
  static final String DUPLICATE = "{\"state\":1,\"errmsg\":\"duplicate, already processed\"}";
  static final int EVENTS_PER_PARK = 10;

  static String required(String name) {
    String v = System.getenv(name);
    if (v == null || v.isEmpty()) {
      String why = name + " is not set: start the servers with `bash .ci/services start` (see docs/spring-boot.md)";
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(why + " — under CI the two-instance test must run");
      }
      System.err.println("SKIPPED TwoInstancesShareOneGuardTest: " + why);
      Assumptions.abort(why);
    }
    return v;
  }

  static List<String> guardProperties(String guard, String run) {
    List<String> p = new ArrayList<>();
    if (guard.equals("redis")) {
      p.add("ampark.guard.redis.url=" + required("AMPARK_TEST_REDIS_URL"));
      p.add("ampark.guard.redis.key-prefix=ampark:e2e:" + run + ":");
      p.add("ampark.guard.type=redis");
      p.add("spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration");
    } else {
      p.add("spring.datasource.url=" + required("AMPARK_TEST_PG_URL"));
      p.add("spring.datasource.username=" + required("AMPARK_TEST_PG_USER"));
      p.add("spring.datasource.password=" + required("AMPARK_TEST_PG_PASSWORD"));
      p.add("ampark.guard.redis.url=");
      p.add("ampark.guard.type=jdbc");
      p.add("ampark.guard.jdbc.initialize-schema=true");
    }
    return p;
  }

  static ConfigurableApplicationContext start(String node, FakeBolink north, FakeBolink south, List<String> guard) {
    List<String> p = new ArrayList<>(guard);
    p.add("server.port=0");
    p.add("ampark.guard.node-name=" + node);
    p.add("ampark.bolink.base-url=" + north.url());
    p.add("ampark.bolink.union-id=" + north.unionId());
    p.add("ampark.bolink.ukey=north-ukey");
    p.add("ampark.bolink.tenants.south.base-url=" + south.url());
    p.add("ampark.bolink.tenants.south.union-id=" + south.unionId());
    p.add("ampark.bolink.tenants.south.ukey=south-ukey");
    // As command-line arguments: above application.properties, like a deployment's settings.
    return new SpringApplicationBuilder(ParkingApplication.class).run(p.stream().map(x -> "--" + x).toArray(String[]::new));
  }

  static String url(ConfigurableApplicationContext app, String path) {
    return "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort() + path;
  }

  static Map<String, Object> prepay(String tradeNo) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("service_name", "prepay_order");
    d.put("park_id", "1001");
    d.put("trade_no", tradeNo);
    return d;
  }

  static CompletableFuture<CallbackSender.Delivery> send(FakeBolink fake, String url, Map<String, Object> data, String key) {
    return fake.callbacks().to(url).json(FakeBolink.signedBody(data, key)).maxAttempts(5)
        .expect(answer -> answer.startsWith("{\"state\":1")).sendAsync();
  }

  static double callbacks(ConfigurableApplicationContext app, String outcome) {
    return app.getBean(MeterRegistry.class).find("ampark.callbacks").tag("ampark.callback.outcome", outcome)
        .counters().stream().mapToDouble(Counter::count).sum();
  }

  @ParameterizedTest(name = "guard on {0}")
  @ValueSource(strings = {"redis", "jdbc"})
  void eachCallbackIsHandledOnceAcrossTwoInstancesAndEveryResendIsAcknowledged(String guard) throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<String> guardProps = guardProperties(guard, run);
    try (FakeBolink north = FakeBolink.start(200666, "north-ukey");
         FakeBolink south = FakeBolink.start(200777, "south-ukey");
         ConfigurableApplicationContext a = start("instance-a", north, south, guardProps);
         ConfigurableApplicationContext b = start("instance-b", north, south, guardProps)) {
      List<String> expected = new ArrayList<>();
      List<CompletableFuture<CallbackSender.Delivery>> first = new ArrayList<>();
      for (int i = 0; i < EVENTS_PER_PARK; i++) {
        for (String park : new String[] {"north", "south"}) {
          FakeBolink fake = park.equals("north") ? north : south;
          String key = park + "-ukey";
          String tradeNo = run + "-" + park + "-" + i;
          expected.add(park + "/" + tradeNo);
          // The fake sends the same callback to both instances at once.
          first.add(send(fake, url(a, "/callbacks/bolink/" + park), prepay(tradeNo), key));
          first.add(send(fake, url(b, "/callbacks/bolink/" + park), prepay(tradeNo), key));
        }
      }
      List<String> finalAnswers = new ArrayList<>();
      for (CompletableFuture<CallbackSender.Delivery> f : first) {
        CallbackSender.Delivery d = f.get();
        assertThat(d.acknowledged()).as(d.toString()).isTrue();
        String last = d.answers().get(d.answers().size() - 1);
        assertThat(last).isIn(RECEIVED, DUPLICATE);
        finalAnswers.add(last);
      }
      // One delivery per event ran the handler; its twin was told "already processed".
      assertThat(finalAnswers.stream().filter(RECEIVED::equals).count()).isEqualTo(expected.size());
      assertThat(finalAnswers.stream().filter(DUPLICATE::equals).count()).isEqualTo(expected.size());

      // Every later resend, to either instance, gets the exact duplicate acknowledgement.
      for (int i = 0; i < EVENTS_PER_PARK; i++) {
        for (String park : new String[] {"north", "south"}) {
          FakeBolink fake = park.equals("north") ? north : south;
          for (ConfigurableApplicationContext app : List.of(a, b)) {
            CallbackSender.Delivery d = send(fake, url(app, "/callbacks/bolink/" + park),
                prepay(run + "-" + park + "-" + i), park + "-ukey").get();
            assertThat(d.answers()).containsExactly(DUPLICATE);
          }
        }
      }

      List<String> handled = new ArrayList<>(a.getBean(PrepayHandler.class).handled());
      handled.addAll(b.getBean(PrepayHandler.class).handled());
      assertThat(handled).containsExactlyInAnyOrderElementsOf(expected);

      // The metrics show it (sdk-micrometer through the starter): across both instances, one
      // "handled" per event; every other delivery (both rounds) ends as "duplicate".
      assertThat(callbacks(a, "handled") + callbacks(b, "handled")).isEqualTo(expected.size());
      assertThat(callbacks(a, "duplicate") + callbacks(b, "duplicate")).isEqualTo(3.0 * expected.size());
      assertThat(callbacks(a, "refused") + callbacks(b, "refused")).isZero();

      // Boot 4 actuator: each tenant's client is configured.
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(url(a, "/actuator/health"))).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(health.body()).contains("\"ampark\"").contains("\"north\"").contains("\"south\"");
    }
  }
}
