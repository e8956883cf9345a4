package io.github.ampark.wikeyun;

import static io.github.ampark.wikeyun.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.testing.MockServerTest;
import io.github.ampark.core.testing.MockServers;
import io.github.ampark.wikeyun.model.CardInfoRequest;
import io.github.ampark.wikeyun.model.PushOrderRequest;
import io.github.ampark.wikeyun.model.QueryOrderRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** What a signed request looks like on the wire: the spec's W1 URL, query order, body, fresh timestamps. */
class SignedRequestWireTest extends MockServerTest<WikeyunClient> {
  @Override
  protected WikeyunClient newClient(MockWebServer server) {
    return client(server).build();
  }

  @Test
  void pushOrderIsTheSpecW1RequestByteForByte() throws Exception {
    server.enqueue(ok("{\"order_number\":\"P1\"}"));
    client.power().pushOrder(PushOrderRequest.builder().cardId(67890).orderNo("T202401010001").amountYuan(100)
        .notifyUrl("https://example.com/notify").build());
    RecordedRequest r = take(server);
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/rest/Power/pushOrder");
    assertThat(query(r)).isEqualTo(
        "app_key=1000001&timestamp=1700000000&client=127.0.0.1&format=json&v=1.0&sign=3D4F9FB77B05285AFFFED29AF9E3DA66");
    assertThat(body(r)).isEqualTo(
        "store_id=12345&cardId=67890&order_no=T202401010001&amount=100&recharge_type=0&notify_url=https%3A%2F%2Fexample.com%2Fnotify");
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(r.getHeaders().get("User-Agent")).startsWith("ampark-java/");
  }

  @Test
  void cardInfoIsTheSpecW2Request() throws Exception {
    server.enqueue(ok("{\"id\":\"67890\",\"card_num\":\"0123456789\"}"));
    client.power().cardInfo(CardInfoRequest.of(67890));
    RecordedRequest r = take(server);
    assertThat(r.getUrl().encodedPath()).isEqualTo("/rest/Power/cardInfo");
    assertThat(query(r)).isEqualTo(systemQuery("5BA561D9B1DBA6F60E7AEBC30EA54990"));
    assertThat(body(r)).isEqualTo("card_id=67890");
  }

  @Test
  void specialCharactersInTheBodyAreSignedAsTheGatewayDecodesThem() throws Exception {
    server.enqueue(ok("{\"order_number\":\"P1\"}"));
    String url = "https://example.com/n?a=1&b=x+y z/中";
    client.power().pushOrder(PushOrderRequest.builder().cardId(1).orderNo("T1").amountYuan(100).notifyUrl(url).build());
    RecordedRequest r = take(server);
    Map<String, String> params = signedParams(r);
    assertThat(params).containsEntry("notify_url", url);
    assertThat(r.getUrl().queryParameter("sign")).isEqualTo(oracleSign(SECRET, params));
  }

  @Test
  void withoutAClientIpTheClientKeyIsSentAndSignedEmpty() throws Exception {
    server.enqueue(ok("{\"id\":\"67890\",\"card_num\":\"0\"}"));
    try (WikeyunClient noIp = WikeyunClient.builder().credentials(APP_KEY, SECRET).clock(FIXED)
        .baseUrl(MockServers.baseUrl(server)).build()) {
      noIp.power().cardInfo(CardInfoRequest.of(67890));
    }
    RecordedRequest r = take(server);
    assertThat(query(r)).startsWith("app_key=1000001&timestamp=1700000000&client=&format=json&v=1.0&sign=");
    assertThat(r.getUrl().queryParameter("sign")).isEqualTo(oracleSign(SECRET, signedParams(r)));
  }

  @Test
  void everyAttemptIsSignedWithAFreshTimestampFromTheClientClock() throws Exception {
    AtomicLong seconds = new AtomicLong(T);
    Clock ticking = new Clock() {
      @Override public ZoneId getZone() { return ZoneOffset.UTC; }
      @Override public Clock withZone(ZoneId zone) { return this; }
      @Override public Instant instant() { return Instant.ofEpochSecond(seconds.getAndIncrement()); }
    };
    server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
    server.enqueue(ok("{\"order_number\":\"P1\",\"order_no\":\"T1\",\"amount\":100,\"status\":1}"));
    try (WikeyunClient ticked = client(server).clock(ticking).build()) {
      ticked.power().queryOrder(QueryOrderRequest.byOrderNo("T1"));
    }
    RecordedRequest first = take(server);
    RecordedRequest second = take(server);
    assertThat(first.getUrl().queryParameter("timestamp")).isEqualTo("1700000000");
    assertThat(second.getUrl().queryParameter("timestamp")).isEqualTo("1700000001");
    assertThat(second.getUrl().queryParameter("sign")).isNotEqualTo(first.getUrl().queryParameter("sign"))
        .isEqualTo(oracleSign(SECRET, signedParams(second)));
    assertThat(body(second)).isEqualTo(body(first)).isEqualTo("store_id=12345&order_no=T1");
  }

  @Test
  void extraFieldsAreSentAfterTheDocumentedOnesInTheOrderAddedAndSigned() throws Exception {
    server.enqueue(ok("{\"order_number\":\"P1\"}"));
    client.power().pushOrder(PushOrderRequest.builder().cardId(67890).orderNo("T202401010001").amountYuan(100)
        .notifyUrl("https://example.com/notify").putExtraFields("zz_channel", "app").putExtraFields("a_memo", "楼 3&4")
        .build());
    RecordedRequest r = take(server);
    assertThat(body(r)).isEqualTo("store_id=12345&cardId=67890&order_no=T202401010001&amount=100&recharge_type=0"
        + "&notify_url=https%3A%2F%2Fexample.com%2Fnotify&zz_channel=app&a_memo=%E6%A5%BC+3%264");
    assertSigned(r, "/rest/Power/pushOrder");
    assertThat(query(r)).doesNotContain("3D4F9FB77B05285AFFFED29AF9E3DA66");
  }

  @Test
  void anUnknownRechargeTypeCodeIsSentAsGiven() throws Exception {
    server.enqueue(ok("{\"order_number\":\"P1\"}"));
    PushOrderRequest r = PushOrderRequest.builder().cardId(67890).orderNo("T1").amountYuan(100).rechargeTypeCode("7").build();
    assertThat(r.rechargeType()).isEqualTo(io.github.ampark.wikeyun.model.RechargeType.UNKNOWN);
    client.power().pushOrder(r);
    RecordedRequest sent = take(server);
    assertThat(body(sent)).isEqualTo("store_id=12345&cardId=67890&order_no=T1&amount=100&recharge_type=7");
    assertSigned(sent, "/rest/Power/pushOrder");
  }
}
