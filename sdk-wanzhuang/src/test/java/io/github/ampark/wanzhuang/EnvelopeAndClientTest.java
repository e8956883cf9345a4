package io.github.ampark.wanzhuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.testing.MockServers;
import io.github.ampark.wanzhuang.model.Acknowledgement;
import io.github.ampark.wanzhuang.model.DeviceRequest;
import io.github.ampark.wanzhuang.model.StopChargeRequest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The envelope rules (C1–C5) and the client's host and credential handling (A1–A3). */
class EnvelopeAndClientTest extends WireTestBase {

  @Test
  void codeOneIsSuccessWhateverTheMessageCase() {
    answer("{\"code\":1,\"message\":\"SUCCESS\",\"data\":{\"result\":true}}");
    assertThat(client.devices().addDevice(DeviceRequest.of("1")).message()).isEqualTo("SUCCESS");
    answer("{\"code\":\"1\",\"message\":\"success\",\"data\":[]}");
    Acknowledgement a = client.devices().addDevice(DeviceRequest.of("1"));
    assertThat(a.result()).isNull();
    assertThat(a.serverTime()).isNull();
  }

  @Test
  void anyOtherCodeIsAnApiExceptionWithCodeAndMessage() {
    answer("{\"code\":0,\"message\":\"设备不存在\",\"data\":null}");
    assertThatThrownBy(() -> client.devices().addDevice(DeviceRequest.of("1")))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.vendorCode()).isEqualTo("0");
          assertThat(e.vendorMessage()).isEqualTo("设备不存在");
          assertThat(e.mayHaveTakenEffect()).isFalse();
        });
    answer("{\"code\":-1,\"message\":\"sign error\"}");
    assertThatThrownBy(() -> client.devices().getMode(DeviceRequest.of("1")))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.vendorCode()).isEqualTo("-1"));
  }

  @Test
  void aCodeThatIsNotAnIntegerOrNoEnvelopeIsAFormatError() {
    answer("{\"code\":\"ok\",\"message\":\"success\"}");
    assertThatThrownBy(() -> client.devices().addDevice(DeviceRequest.of("1"))).isInstanceOf(ResponseFormatException.class);
    answer("{\"message\":\"success\"}");
    assertThatThrownBy(() -> client.devices().addDevice(DeviceRequest.of("1"))).isInstanceOf(ResponseFormatException.class);
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).body("<html>502</html>").build());
    assertThatThrownBy(() -> client.devices().addDevice(DeviceRequest.of("1"))).isInstanceOf(ResponseFormatException.class);
  }

  @Test
  void aModelThatCannotBeFilledIsAFormatError() {
    answer("{\"code\":1,\"message\":\"success\",\"data\":{\"logs\":[]}}");
    assertThatThrownBy(() -> client.devices().onlineLog(io.github.ampark.wanzhuang.model.OnlineLogRequest.of("1", 1, 1)))
        .isInstanceOf(ResponseFormatException.class);
  }

  @Test
  void theBaseUrlIsJoinedWithoutADoubledSlash() throws Exception {
    try (WanzhuangClient c = WanzhuangClient.builder("app", "s", MockServers.baseUrl(server) + "//").build()) {
      answer(WireTestBase.OK);
      c.charging().stopCharge(StopChargeRequest.of("1", 1, 1));
      assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/open/charge/stop");
    }
    try (WanzhuangClient c = WanzhuangClient.builder("app", "s", MockServers.baseUrl(server).replaceAll("/$", "")).build()) {
      answer(WireTestBase.OK);
      c.charging().stopCharge(StopChargeRequest.of("1", 1, 1));
      assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/open/charge/stop");
    }
  }

  @Test
  void theTestHostIsKnownAndProductionMustBeGiven() {
    assertThat(WanzhuangEnvironment.TEST.baseUrl()).isEqualTo("https://dev-api-open.wanzhuangkj.com/");
    assertThat(WanzhuangEnvironment.values()).containsExactly(WanzhuangEnvironment.TEST);
    try (WanzhuangClient c = WanzhuangClient.builder("app", "s", WanzhuangEnvironment.TEST).build()) {
      assertThat(c.toString()).contains("https://dev-api-open.wanzhuangkj.com/");
    }
    assertThatThrownBy(() -> WanzhuangClient.builder("app", "s", " ")).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.field()).isEqualTo("baseUrl"));
  }

  @Test
  void credentialsAreCheckedAndTheSecretIsNeverShown() {
    assertThatThrownBy(() -> WanzhuangClient.builder("", "s", WanzhuangEnvironment.TEST))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("appId"));
    assertThatThrownBy(() -> WanzhuangClient.builder("app", "", WanzhuangEnvironment.TEST))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("secret"));
    WanzhuangClient.Builder b = WanzhuangClient.builder("app", "sup3rsecret", WanzhuangEnvironment.TEST);
    assertThat(b.toString()).doesNotContain("sup3rsecret");
    try (WanzhuangClient c = b.build()) {
      assertThat(c.toString()).doesNotContain("sup3rsecret").contains("app");
    }
  }

  @Test
  void theSecretIsRedactedFromErrorBodies() {
    answer("{\"code\":0,\"message\":\"bad secret testsecret\"}");
    assertThatThrownBy(() -> client.devices().addDevice(DeviceRequest.of("1")))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.getMessage()).doesNotContain("testsecret");
          assertThat(e.body()).doesNotContain("testsecret");
        });
  }

  @Test
  void aRetriedQueryIsSignedAgainWithAFreshTimestamp() throws Exception {
    java.util.concurrent.atomic.AtomicLong seconds = new java.util.concurrent.atomic.AtomicLong(Independent.NOW);
    java.time.Clock ticking = new java.time.Clock() {
      @Override
      public java.time.ZoneId getZone() {
        return java.time.ZoneOffset.UTC;
      }

      @Override
      public java.time.Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public java.time.Instant instant() {
        return java.time.Instant.ofEpochSecond(seconds.getAndIncrement());
      }
    };
    try (WanzhuangClient c = WanzhuangClient.builder(Independent.APP_ID, Independent.SECRET, MockServers.baseUrl(server))
        .clock(ticking).build()) {
      server.enqueue(new mockwebserver3.MockResponse.Builder().code(503).body("{}").build());
      answer("{\"code\":1,\"message\":\"success\",\"data\":{}}");
      c.devices().findOne(DeviceRequest.of("18000001"));
    }
    assertGet(take(), "/open/device/findOne?device_num=18000001&app_id=3aa6943fd3e78e&timestamp=1744285110",
        "app_id=3aa6943fd3e78e&device_num=18000001&timestamp=1744285110");
    assertGet(take(), "/open/device/findOne?device_num=18000001&app_id=3aa6943fd3e78e&timestamp=1744285111",
        "app_id=3aa6943fd3e78e&device_num=18000001&timestamp=1744285111");
  }

  @Test
  void stopChargeIsSafeToRepeatSoATransientFailureIsRetried() throws Exception {
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(503).body("{}").build());
    answer(WireTestBase.OK);
    client.charging().stopCharge(StopChargeRequest.of("18000001", 1, 7));
    assertThat(take().getTarget()).isEqualTo("/open/charge/stop");
    assertThat(take().getTarget()).isEqualTo("/open/charge/stop");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
