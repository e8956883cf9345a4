package io.github.ampark.wikeyun;

import static io.github.ampark.wikeyun.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.testing.MockServerTest;
import io.github.ampark.wikeyun.model.Acknowledgement;
import io.github.ampark.wikeyun.model.CancelOrderRequest;
import io.github.ampark.wikeyun.model.ForbidRequest;
import io.github.ampark.wikeyun.model.OrderStatus;
import io.github.ampark.wikeyun.model.PowerOrder;
import io.github.ampark.wikeyun.model.PushOrderRequest;
import io.github.ampark.wikeyun.model.PushOrderResult;
import io.github.ampark.wikeyun.model.QueryOrderRequest;
import io.github.ampark.wikeyun.model.RechargeType;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** pushOrder, query, cancel and forbid: exact requests and decoded answers. */
class OrderEndpointsTest extends MockServerTest<WikeyunClient> {
  @Override
  protected WikeyunClient newClient(MockWebServer server) {
    return client(server).build();
  }

  @Test
  void pushOrderSendsOptionalFieldsOnlyWhenSetAndReturnsThePlatformNumber() throws Exception {
    server.enqueue(ok("{\"order_number\":\"P20240101000001\"}"));
    server.enqueue(ok("{\"order_number\":\"P20240101000002\"}"));
    PushOrderResult full = client.power().pushOrder(PushOrderRequest.builder().cardId(67890).orderNo("T1")
        .amountYuan(200).rechargeType(RechargeType.FAST).notifyUrl("https://example.com/n").changeChannelOnFailure(true)
        .build());
    PushOrderResult bare = client.power().pushOrder(PushOrderRequest.builder().cardId(67890).orderNo("T2")
        .amountYuan(300).changeChannelOnFailure(false).build());

    RecordedRequest r1 = take(server);
    assertSigned(r1, "/rest/Power/pushOrder");
    assertThat(body(r1)).isEqualTo("store_id=12345&cardId=67890&order_no=T1&amount=200&recharge_type=1"
        + "&notify_url=https%3A%2F%2Fexample.com%2Fn&change=1");
    RecordedRequest r2 = take(server);
    assertThat(body(r2)).isEqualTo("store_id=12345&cardId=67890&order_no=T2&amount=300&recharge_type=0&change=0");

    assertThat(full.orderNo()).isEqualTo("T1");
    assertThat(full.orderNumber()).isEqualTo("P20240101000001");
    assertThat(full.reconciled()).isFalse();
    assertThat(full.existingOrder()).isNull();
    assertThat(bare.orderNumber()).isEqualTo("P20240101000002");
  }

  @Test
  void queryByOrderNoDecodesTheGoSdkTypes() throws Exception {
    server.enqueue(ok("{\"id\":\"9\",\"fanli\":\"0.50\",\"amount\":100,\"cost_price\":\"99.50\",\"status\":2,"
        + "\"order_number\":\"P1\",\"order_no\":\"T1\",\"org_order_number\":\"\",\"card_id\":67890,"
        + "\"arrived_amount\":100,\"reason\":\"\"}"));
    PowerOrder o = client.power().queryOrder(QueryOrderRequest.byOrderNo("T1"));
    RecordedRequest r = take(server);
    assertSigned(r, "/rest/Power/query");
    assertThat(body(r)).isEqualTo("store_id=12345&order_no=T1");

    assertThat(o.orderNo()).isEqualTo("T1");
    assertThat(o.orderNumber()).isEqualTo("P1");
    assertThat(o.status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(o.amountYuan()).isEqualByComparingTo("100");
    assertThat(o.arrivedYuan()).satisfies(v -> assertThat(v).isEqualByComparingTo("100"));
    assertThat(o.rebateYuan()).isEqualTo(new BigDecimal("0.50"));
    assertThat(o.costPriceYuan()).isEqualTo(new BigDecimal("99.50"));
    assertThat(o.cardId()).isEqualTo(67890L);
    assertThat(o.id()).isEqualTo("9");
  }

  @Test
  void queryByOrderNumberDecodesTheDocsTypes() throws Exception {
    // the vendor document's example: status and amount as strings, extra fields (mobile) ignored
    server.enqueue(ok("{\"order_number\":\"P1\",\"status\":\"1\",\"mobile\":\"13786517891\",\"amount\":\"100\","
        + "\"order_no\":\"T1\",\"arrived_amount\":\"50.5\",\"fanli\":0.5,\"cost_price\":99.5,\"card_id\":\"\","
        + "\"org_order_number\":\"\",\"reason\":\" \"}"));
    PowerOrder o = client.power().queryOrder(QueryOrderRequest.byOrderNumber("P1"));
    assertThat(body(take(server))).isEqualTo("store_id=12345&order_number=P1");
    assertThat(o.status()).isEqualTo(OrderStatus.RECHARGING);
    assertThat(o.statusCode()).isEqualTo("1");
    assertThat(o.amountYuan()).isEqualByComparingTo("100");
    assertThat(o.arrivedYuan()).isEqualTo(new BigDecimal("50.5"));
    assertThat(o.rebateYuan()).isEqualTo(new BigDecimal("0.5"));
    assertThat(o.costPriceYuan()).isEqualTo(new BigDecimal("99.5"));
    assertThat(o.cardId()).isNull();
    assertThat(o.originalOrderNumber()).as("\"\" means none").isNull();
    assertThat(o.failureReason()).as("blank means none").isNull();
  }

  @Test
  void anUnknownStatusCodeIsKeptNotThrown() {
    server.enqueue(ok("{\"order_number\":\"P1\",\"order_no\":\"T1\",\"amount\":100,\"status\":13,\"reason\":\"新状态\"}"));
    PowerOrder o = client.power().queryOrder(QueryOrderRequest.byOrderNo("T1"));
    assertThat(o.status()).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(o.statusCode()).isEqualTo("13");
    assertThat(o.failureReason()).isEqualTo("新状态");
  }

  @Test
  void cancelSendsSeveralOrderNumbersCommaSeparated() throws Exception {
    server.enqueue(io.github.ampark.core.testing.MockServers.json("{\"code\":\"0000\",\"msg\":\"取消成功\",\"data\":\"取消成功\"}"));
    Acknowledgement ack = client.power().cancelOrder(CancelOrderRequest.of("P1", "P2"));
    RecordedRequest r = take(server);
    assertSigned(r, "/rest/Power/cancel");
    assertThat(body(r)).isEqualTo("order_number=P1%2CP2");
    assertThat(ack.detail()).isEqualTo("取消成功");
  }

  @Test
  void forbidSendsStatusOneToDisableAndZeroToEnable() throws Exception {
    server.enqueue(io.github.ampark.core.testing.MockServers.json("{\"code\":\"0000\",\"msg\":\"设置成功\",\"data\":{}}"));
    server.enqueue(io.github.ampark.core.testing.MockServers.json("{\"code\":\"0000\",\"msg\":\"设置成功\",\"data\":{}}"));
    Acknowledgement off = client.power().forbid(ForbidRequest.disableNonApiRecharge());
    client.power().forbid(ForbidRequest.enableNonApiRecharge());
    RecordedRequest r1 = take(server);
    assertSigned(r1, "/rest/Power/forbid");
    assertThat(body(r1)).isEqualTo("store_id=12345&status=1");
    assertThat(body(take(server))).isEqualTo("store_id=12345&status=0");
    assertThat(off.message()).isEqualTo("设置成功");
    assertThat(off.detail()).isNull();
  }

  @Test
  void asyncVariantsSendTheSameRequests() throws Exception {
    server.enqueue(ok("{\"order_number\":\"P1\"}"));
    server.enqueue(ok("{\"order_number\":\"P1\",\"order_no\":\"T1\",\"amount\":100,\"status\":\"6\"}"));
    server.enqueue(io.github.ampark.core.testing.MockServers.json("{\"code\":\"0000\",\"msg\":\"取消成功\",\"data\":\"\"}"));
    server.enqueue(io.github.ampark.core.testing.MockServers.json("{\"code\":\"0000\",\"msg\":\"设置成功\",\"data\":{}}"));
    assertThat(client.power().pushOrderAsync(PushOrderRequest.builder().cardId(1).orderNo("T1").amountYuan(100).build())
        .get(5, TimeUnit.SECONDS).orderNumber()).isEqualTo("P1");
    assertThat(client.power().queryOrderAsync(QueryOrderRequest.byOrderNo("T1")).get(5, TimeUnit.SECONDS).status())
        .isEqualTo(OrderStatus.AWAITING_RECHARGE);
    assertThat(client.power().cancelOrderAsync(CancelOrderRequest.of("P1")).get(5, TimeUnit.SECONDS).message())
        .contains("取消成功");
    assertThat(client.power().forbidAsync(ForbidRequest.disableNonApiRecharge()).get(5, TimeUnit.SECONDS).message())
        .contains("设置成功");
    assertSigned(take(server), "/rest/Power/pushOrder");
    assertSigned(take(server), "/rest/Power/query");
    assertSigned(take(server), "/rest/Power/cancel");
    assertSigned(take(server), "/rest/Power/forbid");
  }

  @Test
  void aCardIdSentAsAStringIsRead() {
    server.enqueue(ok("{\"order_number\":\"P1\",\"order_no\":\"T1\",\"amount\":\"100\",\"status\":\"2\",\"card_id\":\"67890\"}"));
    assertThat(client.power().queryOrder(QueryOrderRequest.byOrderNo("T1")).cardId()).isEqualTo(67890L);
  }

  @Test
  void platformOrderNumbersOutsideTheSdksOwnRuleAreQueriedAndCancelledAsIssued() throws Exception {
    String issued = "WK/2024.01#7 号";
    server.enqueue(ok("{\"order_number\":\"WK/2024.01#7 号\",\"order_no\":\"shop:1\",\"amount\":100,\"status\":2}"));
    server.enqueue(io.github.ampark.core.testing.MockServers.json("{\"code\":\"0000\",\"msg\":\"取消成功\",\"data\":\"\"}"));
    server.enqueue(ok("{\"order_number\":\"P9\",\"order_no\":\"shop:1\",\"amount\":100,\"status\":2}"));
    assertThat(client.power().queryOrder(QueryOrderRequest.byOrderNumber(issued)).orderNo()).isEqualTo("shop:1");
    client.power().cancelOrder(CancelOrderRequest.of(issued));
    client.power().queryOrder(QueryOrderRequest.byOrderNo("shop:1"));
    RecordedRequest q = take(server);
    assertSigned(q, "/rest/Power/query");
    assertThat(body(q)).isEqualTo("store_id=12345&order_number=WK%2F2024.01%237+%E5%8F%B7");
    RecordedRequest c = take(server);
    assertSigned(c, "/rest/Power/cancel");
    assertThat(decodeForm(body(c))).containsEntry("order_number", issued);
    assertThat(body(take(server))).isEqualTo("store_id=12345&order_no=shop%3A1");
  }

  @Test
  void extraFieldsOfQueryCancelAndForbidFollowTheDocumentedOnes() throws Exception {
    server.enqueue(ok("{\"order_number\":\"P1\",\"order_no\":\"T1\",\"amount\":100,\"status\":2}"));
    server.enqueue(io.github.ampark.core.testing.MockServers.json("{\"code\":\"0000\",\"msg\":\"ok\",\"data\":\"\"}"));
    server.enqueue(io.github.ampark.core.testing.MockServers.json("{\"code\":\"0000\",\"msg\":\"ok\",\"data\":{}}"));
    client.power().queryOrder(QueryOrderRequest.builder().orderNo("T1").putExtraFields("mobile", "138").build());
    client.power().cancelOrder(CancelOrderRequest.builder().addOrderNumbers("P1").putExtraFields("reason", "dup").build());
    client.power().forbid(ForbidRequest.builder().disable(true).putExtraFields("scope", "all").build());
    RecordedRequest q = take(server);
    assertSigned(q, "/rest/Power/query");
    assertThat(body(q)).isEqualTo("store_id=12345&order_no=T1&mobile=138");
    RecordedRequest c = take(server);
    assertSigned(c, "/rest/Power/cancel");
    assertThat(body(c)).isEqualTo("order_number=P1&reason=dup");
    RecordedRequest f = take(server);
    assertSigned(f, "/rest/Power/forbid");
    assertThat(body(f)).isEqualTo("store_id=12345&status=1&scope=all");
  }
}
