package io.github.ampark.wanzhuang;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.LogLevel;
import io.github.ampark.core.testing.CapturingLogs;
import io.github.ampark.core.testing.MockServers;
import io.github.ampark.wanzhuang.model.ChargeMode;
import io.github.ampark.wanzhuang.model.DeviceRequest;
import io.github.ampark.wanzhuang.model.StartChargeRequest;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** The secret and the signatures never appear in logs, whatever the body type. */
class RedactionTest {
  static final String SECRET = "wz-secret-0123456789";

  @Test
  void bodyLevelLogsNeverShowTheSecretOrTheSign() throws Exception {
    CapturingLogs.clear();
    String jsonSign;
    String querySign;
    try (MockWebServer server = MockServers.start();
        WanzhuangClient c = WanzhuangClient.builder("app", SECRET, MockServers.baseUrl(server)).logLevel(LogLevel.BODY).build()) {
      server.enqueue(MockServers.json(WireTestBase.OK));
      server.enqueue(MockServers.json(WireTestBase.OK));
      c.charging().startCharge(StartChargeRequest.builder().deviceNum("18000001").devicePort(1).chargeId(5)
          .chargeMode(ChargeMode.TIME).totalFeeFen(100).build());
      c.devices().findOne(DeviceRequest.of("18000001"));
      String body = server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8();
      jsonSign = body.substring(body.indexOf("\"sign\":\"") + 8, body.lastIndexOf('"'));
      querySign = server.takeRequest(5, TimeUnit.SECONDS).getUrl().queryParameter("sign");
    }
    String logs = CapturingLogs.text();
    assertThat(logs).contains("/open/charge/start").contains("/open/device/findOne");
    assertThat(jsonSign).hasSize(64);
    assertThat(logs).doesNotContain(SECRET).doesNotContain(jsonSign).doesNotContain(querySign);
  }
}
