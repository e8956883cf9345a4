package io.github.ampark.testkit.wikeyun;

import static io.github.ampark.testkit.wikeyun.RawWikeyun.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.testkit.Fault;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cards, orders, balance and the switch, as the endpoints change and report them. */
class FakeWikeyunStateTest {
  FakeWikeyun fake;

  @BeforeEach
  void start() {
    fake = FakeWikeyun.start();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  static String code(JsonNode env) {
    return env.path("code").asText();
  }

  long addCard() {
    JsonNode env = post(fake, "rest/Power/addCard", params("store_id", "12345", "card_num", "0123456789",
        "province", "江苏省", "city", "南京市", "type", "0"));
    assertThat(code(env)).isEqualTo("0000");
    return Long.parseLong(env.path("data").path("id").asText());
  }

  JsonNode push(long cardId, String orderNo, String amount) {
    return post(fake, "rest/Power/pushOrder", params("store_id", "12345", "cardId", Long.toString(cardId),
        "order_no", orderNo, "amount", amount, "recharge_type", "0"));
  }

  @Test
  void cardsCanBeAddedReadEditedAndDeleted() {
    JsonNode added = post(fake, "rest/Power/addCard", params("store_id", "12345", "card_num", "0123456789",
        "province", "江苏省", "city", "南京市", "type", "0", "remark", "大堂"));
    JsonNode data = added.path("data");
    assertThat(data.path("id").isTextual()).isTrue();
    assertThat(data.path("create_time").isNumber()).isTrue();
    assertThat(data.path("cms_uid").isNumber()).isTrue();
    String id = data.path("id").asText();

    JsonNode edited = post(fake, "rest/Power/editCard", params("card_id", id, "card_num", "999", "province", "广东省",
        "city", "广州市", "type", "1", "user_ext", "12345X"));
    assertThat(edited.path("data").asText()).isEqualTo("编辑成功");
    JsonNode info = post(fake, "rest/Power/cardInfo", params("card_id", id)).path("data");
    assertThat(info.path("card_num").asText()).isEqualTo("999");
    assertThat(info.path("type").asInt()).isEqualTo(1);
    assertThat(fake.card(Long.parseLong(id))).hasValueSatisfying(c -> assertThat(c.userExt()).isEqualTo("12345X"));

    assertThat(post(fake, "rest/Power/delCard", params("card_id", id)).path("data").asText()).isEqualTo("删除成功");
    assertThat(code(post(fake, "rest/Power/cardInfo", params("card_id", id)))).isEqualTo(FakeWikeyun.CODE_CARD_NOT_FOUND);
  }

  @Test
  void southernGridCardsWithoutUserExtAndOtherStoresAreRefused() {
    JsonNode env = post(fake, "rest/Power/addCard", params("store_id", "12345", "card_num", "1", "province", "广东省",
        "city", "广州市", "type", "1"));
    assertThat(code(env)).isEqualTo(FakeWikeyun.CODE_BAD_PARAMETER);
    assertThat(env.path("msg").asText()).isEqualTo("user_ext不能为空");
    assertThat(code(post(fake, "rest/Power/addCard", params("store_id", "999", "card_num", "1", "province", "江苏省",
        "city", "南京市")))).isEqualTo(FakeWikeyun.CODE_STORE_NOT_FOUND);
  }

  @Test
  void anOrderIsPlacedOnceAndCanBeQueriedByEitherNumber() {
    long card = addCard();
    JsonNode placed = push(card, "T1", "200");
    String number = placed.path("data").path("order_number").asText();
    assertThat(code(push(card, "T1", "200"))).isEqualTo(FakeWikeyun.CODE_DUPLICATE_ORDER);

    JsonNode byNo = post(fake, "rest/Power/query", params("store_id", "12345", "order_no", "T1")).path("data");
    JsonNode byNumber = post(fake, "rest/Power/query", params("store_id", "12345", "order_number", number)).path("data");
    assertThat(byNo).isEqualTo(byNumber);
    assertThat(byNo.path("status").asInt()).isEqualTo(1);
    assertThat(byNo.path("amount").asInt()).isEqualTo(200);
    assertThat(byNo.path("fanli").asText()).isEqualTo("1.00");
    assertThat(byNo.path("cost_price").asText()).isEqualTo("199.00");
    assertThat(byNo.path("arrived_amount").asInt()).isZero();
    assertThat(byNo.path("card_id").isTextual()).as("card_id is a string, as the Go client reads it").isTrue();
    assertThat(byNo.path("card_id").asText()).isEqualTo(Long.toString(card));
    assertThat(fake.balanceYuan()).isEqualByComparingTo("9801.00");
  }

  @Test
  void badOrdersAreRefusedWithTheFakesCodes() {
    long card = addCard();
    assertThat(code(push(card, "T1", "150"))).isEqualTo(FakeWikeyun.CODE_BAD_PARAMETER);
    assertThat(code(push(card + 1, "T1", "100"))).isEqualTo(FakeWikeyun.CODE_CARD_NOT_FOUND);
    JsonNode unknown = post(fake, "rest/Power/query", params("store_id", "12345", "order_no", "NOPE"));
    assertThat(code(unknown)).isEqualTo(FakeWikeyun.CODE_ORDER_NOT_FOUND);
    assertThat(unknown.path("msg").asText()).isEqualTo("订单不存在");
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void anOrderTheBalanceDoesNotCoverIsRefused() {
    try (FakeWikeyun poor = FakeWikeyun.builder().balanceYuan(new BigDecimal("99.00")).start()) {
      long card = poor.seedCard("1", "江苏省", "南京市");
      JsonNode env = post(poor, "rest/Power/pushOrder", params("store_id", "12345", "cardId", Long.toString(card),
          "order_no", "T1", "amount", "100", "recharge_type", "0"));
      assertThat(code(env)).isEqualTo(FakeWikeyun.CODE_INSUFFICIENT_BALANCE);
      assertThat(post(poor, "rest/User/query", params()).path("data").path("money").asText()).isEqualTo("99.00");
    }
  }

  @Test
  void cancellingSeveralOrdersRefundsThemAndFinishedOrdersCannotBeCancelled() {
    long card = addCard();
    String n1 = push(card, "T1", "100").path("data").path("order_number").asText();
    String n2 = push(card, "T2", "100").path("data").path("order_number").asText();
    push(card, "T3", "100");
    fake.completeOrder("T3");
    JsonNode cancelled = post(fake, "rest/Power/cancel", params("order_number", n1 + "," + n2));
    assertThat(cancelled.path("data").asText()).isEqualTo("取消成功");
    assertThat(fake.order("T1").get().status()).isEqualTo(9);
    assertThat(fake.order("T2").get().status()).isEqualTo(9);
    assertThat(fake.balanceYuan()).isEqualByComparingTo("9900.50");
    String n3 = fake.order("T3").get().orderNumber();
    assertThat(code(post(fake, "rest/Power/cancel", params("order_number", n3)))).isEqualTo(FakeWikeyun.CODE_NOT_CANCELLABLE);
  }

  @Test
  void forbidSetsTheSwitchAndAnswersAnEmptyObject() {
    JsonNode env = post(fake, "rest/Power/forbid", params("store_id", "12345", "status", "1"));
    assertThat(env.path("data").isObject()).isTrue();
    assertThat(env.path("data").size()).isZero();
    assertThat(fake.nonApiRechargeForbidden()).isTrue();
    post(fake, "rest/Power/forbid", params("store_id", "12345", "status", "0"));
    assertThat(fake.nonApiRechargeForbidden()).isFalse();
  }

  @Test
  void processThenDisconnectPlacesTheOrderButDisconnectAfterRequestDoesNot() throws IOException {
    long card = addCard();
    fake.faults().next(Fault.processThenDisconnect());
    assertThat(lostAnswer(card, "T1")).isTrue();
    assertThat(fake.order("T1")).isPresent();
    fake.faults().next(Fault.disconnectAfterRequest());
    assertThat(lostAnswer(card, "T2")).isTrue();
    assertThat(fake.order("T2")).isEmpty();
    assertThat(fake.journal("POST", "/rest/Power/pushOrder")).hasSize(2);
  }

  private boolean lostAnswer(long card, String orderNo) {
    Map<String, String> business = params("store_id", "12345", "cardId", Long.toString(card), "order_no", orderNo,
        "amount", "100", "recharge_type", "0");
    Map<String, String> all = new java.util.LinkedHashMap<>(business);
    all.putAll(params("app_key", "1000001", "timestamp", "1", "format", "json", "v", "1.0"));
    HttpUrl url = HttpUrl.get(fake.url("rest/Power/pushOrder")).newBuilder().addQueryParameter("app_key", "1000001")
        .addQueryParameter("timestamp", "1").addQueryParameter("format", "json").addQueryParameter("v", "1.0")
        .addQueryParameter("sign", sign(FakeWikeyun.APP_SECRET, all)).build();
    try (okhttp3.Response r = call(url, business)) {
      r.body().string();
      return false;
    } catch (IOException e) {
      return true;
    }
  }
}
