package io.github.ampark.wikeyun;

import static io.github.ampark.wikeyun.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.http.RawRequest;
import io.github.ampark.core.testing.MockServers;
import io.github.ampark.core.http.RawResponse;
import io.github.ampark.testkit.wikeyun.FakeWikeyun;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** client.raw(): signed forms to any rest/<Module>/<action>, through the same pipeline. */
class RawRequestTest {
  @Test
  void aRawRequestIsSignedLikeATypedOne() throws Exception {
    try (MockWebServer server = MockServers.start(); WikeyunClient client = client(server).build()) {
      server.enqueue(ok("{\"province\":\"广东\",\"isp\":\"移动\"}"));
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("mobile", "13800000000");
      p.put("note", "");
      p.put("skipped", null);
      RawResponse r = client.raw().execute(RawRequest.post("rest/Recharge/mobileInfo").form(p).idempotency(Idempotency.SAFE).build());
      assertThat(r.data().path("isp").asText()).isEqualTo("移动");
      assertThat(r.envelope().path("code").asText()).isEqualTo("0000");

      RecordedRequest sent = take(server);
      assertSigned(sent, "/rest/Recharge/mobileInfo");
      assertThat(body(sent)).isEqualTo("mobile=13800000000&note=");
      assertThat(signedParams(sent)).containsEntry("note", "").doesNotContainKey("skipped");
    }
  }

  @Test
  void rawRequestsAreUnsafeByDefaultAndNotResent() throws Exception {
    try (MockWebServer server = MockServers.start(); WikeyunClient client = client(server).build()) {
      server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
      assertThatThrownBy(() -> client.raw().post("rest/Recharge/pushOrder", Collections.singletonMap("mobile", "1")))
          .isInstanceOf(ApiException.class);
      server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
      server.enqueue(ok("{}"));
      client.raw().execute(RawRequest.post("rest/Recharge/query").form(Collections.singletonMap("order_no", "T1"))
          .idempotency(Idempotency.SAFE).build());
      assertThat(server.getRequestCount()).isEqualTo(3);
    }
  }

  @Test
  void systemParameterNamesCannotBeSmuggledIn() {
    try (WikeyunClient client = WikeyunClient.builder().credentials(APP_KEY, SECRET).storeId(STORE).build()) {
      for (String name : new String[] {"app_key", "timestamp", "client", "format", "v", "sign"}) {
        assertThatThrownBy(() -> client.raw().post("rest/User/query", Collections.singletonMap(name, "x")))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("params"));
      }
      assertThatThrownBy(() -> client.raw().post("https://evil.example/x", Collections.emptyMap()))
          .isInstanceOf(ValidationException.class);
      for (String name : new String[] {"app_key", "sign"}) {
        assertThatThrownBy(() -> client.raw().execute(RawRequest.post("rest/User/query")
            .form(Collections.singletonMap(name, "x")).build())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> client.raw().execute(RawRequest.post("rest/User/query").queryParameter(name, "x")
            .build())).isInstanceOf(ValidationException.class);
      }
      assertThatThrownBy(() -> client.raw().execute(RawRequest.post("rest/User/query").json("{}").build()))
          .isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> client.raw().execute(null)).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> client.raw().post("rest/User/query\r\nX-Evil: 1", Collections.emptyMap()))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("path"));
    }
  }

  @Test
  void theBalanceCanBeReadFromTheFakeThroughRawUserQuery() throws Exception {
    try (FakeWikeyun fake = FakeWikeyun.start();
        WikeyunClient client = WikeyunClient.builder().credentials(FakeWikeyun.APP_KEY, FakeWikeyun.APP_SECRET)
            .storeId(FakeWikeyun.STORE_ID).baseUrl(fake.url()).build()) {
      RawResponse r = client.raw().executeAsync(RawRequest.post("rest/User/query").form(Collections.emptyMap())
          .idempotency(Idempotency.SAFE).build()).get(5, TimeUnit.SECONDS);
      assertThat(new java.math.BigDecimal(r.data().path("money").asText())).isEqualByComparingTo("10000.00");
      assertThat(fake.lastRequest().queryParameter("sign")).hasValue(fake.expectedSign(fake.lastRequest().query()));
    }
  }
}
