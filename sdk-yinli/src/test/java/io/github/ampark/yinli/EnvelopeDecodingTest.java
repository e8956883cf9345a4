package io.github.ampark.yinli;

import static io.github.ampark.yinli.WireSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.core.spi.BusinessKeyCalls;
import io.github.ampark.yinli.model.PushReceipt;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/** Yinli's envelope {code, msg, success, data, error{…}}: success decides; errors carry code, msg, errorDetail and traceId. */
class EnvelopeDecodingTest extends WireTest {
  static final String REFUSED = "{\"code\":\"E1002\",\"msg\":\"参数校验失败\",\"success\":false,\"data\":null,"
      + "\"error\":{\"appName\":\"energy-openapi\",\"errorDetail\":\"mallCode不存在\",\"errorTime\":\"2025-05-01 09:00:00\","
      + "\"instance\":\"10.0.3.17:8080\",\"traceId\":\"7f3a9c2e1b4d5a60\"}}";

  PushReceipt push() {
    return client.assets().pushMeterReadings(batch(reading("DB-0001", "2025-04", "1")));
  }

  @Test
  void successIsDecidedBySuccessTrueAndTheReceiptKeepsCodeAndMsg() {
    server.enqueue(envelope("{\"code\":200,\"msg\":\"操作成功\",\"success\":true,\"data\":[{\"deviceActualCode\":\"DB-0001\"}],"
        + "\"error\":{\"appName\":\"\",\"errorDetail\":null,\"traceId\":\"t-1\"},\"extra\":{\"ignored\":true}}"));
    PushReceipt r = push();
    assertThat(r.code()).isEqualTo("200");
    assertThat(r.message()).isEqualTo("操作成功");
  }

  @Test
  void successMayBeTextAndDataAndCodeMayBeMissing() {
    server.enqueue(envelope("{\"success\":\"TRUE\",\"msg\":\"ok\"}"));
    PushReceipt r = push();
    assertThat(r.code()).isNull();

    server.enqueue(envelope(201, "{\"code\":\"200\",\"msg\":\"success\",\"success\":true,\"data\":null}"));
    assertThat(push().code()).isEqualTo("200");
  }

  @Test
  void successFalseIsAnApiExceptionWithTheCodeTheMessageTheDetailAndTheTraceIdAsRequestId() {
    server.enqueue(envelope(REFUSED));
    assertThatThrownBy(this::push).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.vendor()).isEqualTo("yinli");
      assertThat(e.operation()).isEqualTo("pushMeterReadings");
      assertThat(e.httpStatus()).isEqualTo(200);
      assertThat(e.vendorCode()).isEqualTo("E1002");
      assertThat(e.vendorMessage()).isEqualTo("参数校验失败 (mallCode不存在)");
      assertThat(e.requestId()).isEqualTo("7f3a9c2e1b4d5a60");
      assertThat(e.getMessage())
          .isEqualTo("[yinli pushMeterReadings] HTTP 200, code E1002: 参数校验失败 (mallCode不存在) (request id 7f3a9c2e1b4d5a60)");
      assertThat(e.body()).contains("10.0.3.17:8080");
      assertThat(BusinessKeyCalls.isAmbiguous(e)).isFalse();
    });
  }

  @Test
  void anErrorWithoutAnErrorObjectOrMessageStillCarriesWhatThereIs() {
    server.enqueue(envelope("{\"code\":500,\"success\":false}"));
    assertThatThrownBy(this::push).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.vendorCode()).isEqualTo("500");
      assertThat(e.vendorMessage()).isNull();
      assertThat(e.requestId()).isNull();
    });
    server.enqueue(envelope("{\"code\":\"E9\",\"msg\":\"\",\"success\":false,\"error\":{\"errorDetail\":\"库存不足\"}}"));
    assertThatThrownBy(this::push).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.vendorMessage()).isEqualTo("库存不足"));
  }

  @Test
  void anHttpErrorStatusIsAnApiExceptionWithTheEnvelopeOrTheStatus() {
    server.enqueue(envelope(401, "{\"code\":\"401\",\"msg\":\"Unauthorized\",\"success\":false,"
        + "\"error\":{\"errorDetail\":\"token expired\",\"traceId\":\"t-401\"}}"));
    assertThatThrownBy(this::push).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.httpStatus()).isEqualTo(401);
      assertThat(e.vendorCode()).isEqualTo("401");
      assertThat(e.vendorMessage()).isEqualTo("Unauthorized (token expired)");
      assertThat(e.requestId()).isEqualTo("t-401");
    });
    server.enqueue(new MockResponse.Builder().code(403).setHeader("Content-Type", "text/html").body("<h1>Forbidden</h1>").build());
    assertThatThrownBy(this::push).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.httpStatus()).isEqualTo(403);
      assertThat(e.vendorCode()).isNull();
    });
  }

  @Test
  void anAnswerThatCannotBeDecidedIsAFormatErrorAndCountsAsMaybeApplied() {
    server.enqueue(envelope("{\"code\":\"200\",\"msg\":\"success\",\"data\":[]}"));
    assertThatThrownBy(this::push).isInstanceOfSatisfying(ResponseFormatException.class, e -> {
      assertThat(e.getMessage()).contains("no boolean 'success'");
      assertThat(BusinessKeyCalls.isAmbiguous(e)).isTrue();
    });
    server.enqueue(envelope("{\"code\":\"200\",\"success\":\"yes\"}"));
    assertThatThrownBy(this::push).isInstanceOf(ResponseFormatException.class);
    server.enqueue(envelope("[{\"success\":true}]"));
    assertThatThrownBy(this::push).isInstanceOf(ResponseFormatException.class).hasMessageContaining("not a JSON object");
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html").body("<html>502</html>").build());
    assertThatThrownBy(this::push).isInstanceOf(ResponseFormatException.class);
  }
}
