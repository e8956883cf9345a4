package io.github.ampark.wikeyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.RequiredFieldException;
import io.github.ampark.core.ValidationException;
import io.github.ampark.wikeyun.model.AddCardRequest;
import io.github.ampark.wikeyun.model.CancelOrderRequest;
import io.github.ampark.wikeyun.model.CardInfoRequest;
import io.github.ampark.wikeyun.model.DeleteCardRequest;
import io.github.ampark.wikeyun.model.EditCardRequest;
import io.github.ampark.wikeyun.model.GridType;
import io.github.ampark.wikeyun.model.PushOrderRequest;
import io.github.ampark.wikeyun.model.QueryOrderRequest;
import mockwebserver3.MockWebServer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Bad input fails with a ValidationException naming the Java field, before anything is sent. */
class RequestValidationTest {
  static void rejects(String field, ThrowingCallable build) {
    assertThatThrownBy(build)
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  static PushOrderRequest.Builder order() {
    return PushOrderRequest.builder().cardId(67890).orderNo("T202401010001").amountYuan(100);
  }

  static AddCardRequest.Builder card() {
    return AddCardRequest.builder().cardNum("0123456789").province("江苏省").city("南京市");
  }

  @Test
  void amountMustBeAPositiveMultipleOfOneHundredYuan() {
    rejects("amountYuan", () -> order().amountYuan(0).build());
    rejects("amountYuan", () -> order().amountYuan(-100).build());
    rejects("amountYuan", () -> order().amountYuan(150).build());
    rejects("amountYuan", () -> order().amountYuan(99).build());
    assertThatThrownBy(() -> order().amountYuan(150).build())
        .hasMessage("amountYuan: must be a positive multiple of 100 up to 1000000000 (was 150)");
    rejects("amountYuan", () -> order().amountYuan(Long.MAX_VALUE - 7).build());
    assertThat(order().amountYuan(1000).build().amountYuan()).isEqualTo(1000);
  }

  @Test
  void orderNumbersYouChooseFollowTheSdksOwnShortPlainRule() {
    rejects("orderNo", () -> order().orderNo(" ").build());
    rejects("orderNo", () -> order().orderNo("T 1").build());
    rejects("orderNo", () -> order().orderNo("T1&amount=1").build());
    rejects("orderNo", () -> order().orderNo("订单1").build());
    rejects("orderNo", () -> order().orderNo("T".repeat(65)).build());
    assertThat(order().orderNo("T".repeat(64)).build().orderNo()).hasSize(64);
    assertThat(order().orderNo("T-2024_01").build().orderNo()).isEqualTo("T-2024_01");
  }

  @Test
  void notifyUrlMustBeAnAbsoluteHttpUrlWhenGiven() {
    rejects("notifyUrl", () -> order().notifyUrl("/notify").build());
    rejects("notifyUrl", () -> order().notifyUrl("ftp://example.com/n").build());
    rejects("notifyUrl", () -> order().notifyUrl("").build());
    rejects("notifyUrl", () -> order().notifyUrl("https://example.com/n\r\nX-Injected: 1").build());
    rejects("notifyUrl", () -> order().notifyUrl("https://example.com/n\n").build());
    rejects("notifyUrl", () -> order().notifyUrl("https://example.com/\u0000").build());
    rejects("notifyUrl", () -> order().notifyUrl(" https://example.com/n").build());
    assertThat(order().notifyUrl("http://example.com:8080/n?x=1").build().notifyUrl())
        .isEqualTo("http://example.com:8080/n?x=1");
    assertThat(order().build().notifyUrl()).isNull();
    assertThat(order().notifyUrl("https://example.com/n").notifyUrl(null).build().notifyUrl())
        .as("null leaves it out").isNull();
  }

  @Test
  void cardIdsMustBePositive() {
    rejects("cardId", () -> order().cardId(0).build());
    rejects("cardId", () -> CardInfoRequest.of(-1));
    rejects("cardId", () -> DeleteCardRequest.of(0));
    rejects("cardId", () -> EditCardRequest.builder().cardId(0).cardNum("1").province("江苏省").city("南京市").build());
  }

  @Test
  void requiredFieldsAreNamedWhenMissing() {
    assertThatThrownBy(() -> PushOrderRequest.builder().cardId(1).build())
        .isInstanceOfSatisfying(RequiredFieldException.class, e -> assertThat(e.field()).isEqualTo("orderNo"));
    rejects("cardNum", () -> AddCardRequest.builder().province("江苏省").city("南京市").build());
    rejects("cardNum", () -> card().cardNum(" ").build());
    rejects("province", () -> card().province("").build());
    rejects("city", () -> card().city(" ").build());
    rejects("orderNo", () -> order().orderNo(null));
  }

  @Test
  void southernGridCardsNeedUserExtOfSixLettersOrDigits() {
    rejects("userExt", () -> card().gridType(GridType.SOUTHERN_GRID).build());
    rejects("userExt", () -> card().gridType(GridType.SOUTHERN_GRID).userExt(" ").build());
    rejects("userExt", () -> card().gridType(GridType.SOUTHERN_GRID).userExt("12345").build());
    rejects("userExt", () -> card().userExt("12 456").build());
    rejects("userExt", () -> EditCardRequest.builder().cardId(1).cardNum("1").province("广东省").city("广州市")
        .gridType(GridType.SOUTHERN_GRID).build());
    rejects("gridType", () -> card().gridType(GridType.UNKNOWN).build());
    rejects("gridType", () -> card().gridType(null));
    rejects("gridTypeCode", () -> card().gridTypeCode("1\r\n").build());
    assertThat(card().gridTypeCode("9").build().gridType()).isEqualTo(GridType.UNKNOWN);
    assertThat(card().gridType(GridType.SOUTHERN_GRID).userExt("12345X").build().userExt()).isEqualTo("12345X");
    assertThat(card().build().gridType()).isEqualTo(GridType.STATE_GRID);
  }

  @Test
  void aQueryNamesExactlyOneOrderNumberTakenAsIssued() {
    rejects("orderNo", () -> QueryOrderRequest.builder().build());
    rejects("orderNo", () -> QueryOrderRequest.builder().orderNo("T1").orderNumber("P1").build());
    rejects("orderNumber", () -> QueryOrderRequest.byOrderNumber(" "));
    rejects("orderNumber", () -> QueryOrderRequest.byOrderNumber("P1\r\n"));
    rejects("orderNumber", () -> QueryOrderRequest.byOrderNumber("P".repeat(129)));
    rejects("orderNo", () -> QueryOrderRequest.byOrderNo(null));
    assertThat(QueryOrderRequest.byOrderNumber("P 1/中文.#").orderNumber()).isEqualTo("P 1/中文.#");
    assertThat(QueryOrderRequest.byOrderNo("shop:订单1").orderNo()).isEqualTo("shop:订单1");
  }

  @Test
  void cancellingTakesPlatformNumbersAsIssuedButWithoutCommasOrControlCharacters() {
    rejects("orderNumbers", () -> CancelOrderRequest.of());
    rejects("orderNumbers", () -> CancelOrderRequest.of("P1,P2"));
    rejects("orderNumbers", () -> CancelOrderRequest.of("P1\n"));
    rejects("orderNumbers", () -> CancelOrderRequest.of((String[]) null));
    assertThat(CancelOrderRequest.of("P1", "WK 2/3").orderNumbers()).containsExactly("P1", "WK 2/3");
  }

  @Test
  void extraFieldsCannotRepeatADocumentedOrSystemFieldOrCarryControlCharacters() {
    rejects("extraFields", () -> order().putExtraFields("order_no", "T2").build());
    rejects("extraFields", () -> order().putExtraFields("sign", "X").build());
    rejects("extraFields", () -> order().putExtraFields("app_key", "1").build());
    rejects("extraFields", () -> order().putExtraFields(" ", "1").build());
    rejects("extraFields", () -> order().putExtraFields("memo\r\n", "1").build());
    rejects("extraFields", () -> order().putExtraFields("memo", "a\r\nb").build());
    rejects("extraFields", () -> card().putExtraFields("type", "1").build());
    rejects("extraFields", () -> CardInfoRequest.builder().cardId(1).putExtraFields("card_id", "2").build());
    assertThat(order().putExtraFields("memo", "").build().extraFields()).containsEntry("memo", "");
  }

  @Test
  void identifiersRejectControlCharactersAndNameTheField() {
    rejects("cardNum", () -> card().cardNum("0123\r\n").build());
    rejects("province", () -> card().province("江苏省\n").build());
    rejects("remark", () -> card().remark("a\u0000b").build());
    rejects("storeId", () -> WikeyunClient.builder().storeId("12\r\n345"));
    try (WikeyunClient client = WikeyunClient.builder().credentials("1000001", "s").build()) {
      rejects("storeId", () -> client.withStoreId("1\n"));
    }
    rejects("appKey", () -> WikeyunClient.builder().credentials("1000001\n", "s"));
    rejects("clientIp", () -> WikeyunClient.builder().clientIp("127.0.0.1\r\n"));
    rejects("appSecret", () -> WikeyunClient.builder().credentials("1000001", "s3cr3t\n"));
    assertThatThrownBy(() -> WikeyunClient.builder().credentials("1000001", "s3cr3t\n")).hasMessageNotContaining("s3cr3t");
    rejects("appSecret", () -> WikeyunSigner.of("s3cr3t\r\n"));
    rejects("appSecret", () -> WikeyunClient.builder().credentials("1000001", null));
  }

  @Test
  void theClientNeedsANumericAppKeyAndASecretButNoStore() {
    rejects("appKey", () -> WikeyunClient.builder().credentials("app-1", "s").storeId("1").build());
    rejects("appSecret", () -> WikeyunClient.builder().credentials("1000001", " ").storeId("1").build());
    rejects("appKey", () -> WikeyunClient.builder().storeId("1").build());
    rejects("storeId", () -> WikeyunClient.builder().storeId(" "));
    rejects("clientIp", () -> WikeyunClient.builder().clientIp("localhost"));
    rejects("environment", () -> WikeyunClient.builder().environment(null));
    try (WikeyunClient storeless = WikeyunClient.builder().credentials("1000001", "s").build()) {
      assertThat(storeless.storeId()).isNull();
    }
  }

  @Test
  void nothingIsSentForANullRequest() throws Exception {
    try (MockWebServer server = io.github.ampark.core.testing.MockServers.start(); WikeyunClient client = Wire.client(server).build()) {
      rejects("request", () -> client.power().pushOrder(null));
      rejects("request", () -> client.power().queryOrderAsync(null));
      rejects("params", () -> client.raw().post("rest/User/query", null));
      rejects("request", () -> client.power().cancelOrder(null));
      rejects("request", () -> client.raw().executeAsync(null));
      assertThat(server.getRequestCount()).isZero();
    }
  }
}
