package io.github.ampark.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.spring.test.AmparkFakes;
import io.github.ampark.testkit.yinli.FakeYinli;
import io.github.ampark.testkit.yinli.FakeYinliEnvelope;
import io.github.ampark.yinli.YinliClient;
import io.github.ampark.yinli.YinliHandler;
import io.github.ampark.yinli.model.InboundCall;
import io.github.ampark.yinli.model.TopUp;
import io.github.ampark.yinli.model.TopUpResult;
import io.github.ampark.yinli.model.YinliReply;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Yinli's 2.x endpoint ({@code <path>/[<tenant>/]<kind>}): a top-up sealed by the fake (its own JCA
 * code, Yinli's side of the keys) is booked once and answered with a success sealed with the
 * application's key; a tampered seal is refused in clear before the handler and never recorded in
 * the guard; a resend of a booked {@code payNo} gets the exact sealed acknowledgement of {@code {}}
 * (computed here with the fake's envelope code holding the application's keys).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "ampark.yinli.callback.path=/callbacks/yinli")
@AmparkFakes
class YinliEndpointTest {
  static final String BAD_SEAL = "{\"success\":false,\"code\":\"401\",\"msg\":\"签名或报文错误\",\"data\":null}";

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    final List<String> booked = new CopyOnWriteArrayList<>();

    @Bean
    DuplicateGuard recordingGuard() {
      return new RecordingGuard();
    }

    @Bean
    YinliHandler handler() {
      return new YinliHandler() {
        @Override
        public YinliReply<TopUpResult> onTopUp(TopUp t, InboundCall call) {
          booked.add(CallbackTenant.current().orElse("?") + "/" + t.payNo() + "/" + t.amount().toPlainString());
          return YinliReply.ok(TopUpResult.of(t.payNo()));
        }
      };
    }
  }

  @Autowired App app;
  @Autowired DuplicateGuard guard;
  @Autowired FakeYinli fake;
  @Autowired FakeYinliEnvelope yinliSide;
  @Autowired YinliClient client;
  @Autowired Environment env;
  @LocalServerPort int port;

  @BeforeEach
  void clear() {
    app.booked.clear();
    ((RecordingGuard) guard).clear();
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  static String topUp(String payNo) {
    return "{\"shopCode\":\"S-101\",\"amount\":100.00,\"payNo\":\"" + payNo + "\"}";
  }

  HttpResponse<String> postSealed(String path, String body, String signature) throws Exception {
    String b = "yinli-test-boundary";
    String multipart = "--" + b + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n" + body + "\r\n"
        + "--" + b + "\r\nContent-Disposition: form-data; name=\"signature\"\r\n\r\n" + signature + "\r\n--" + b + "--\r\n";
    return Http.post(HttpRequest.newBuilder(URI.create(url(path)))
        .header("Content-Type", "multipart/form-data; boundary=" + b)
        .header("version", "1.0").header("corpId", "fake-yinli").header("appId", "fake-yinli-app")
        .POST(HttpRequest.BodyPublishers.ofString(multipart)));
  }

  /** The fake's envelope code holding the application's keys: seals exactly what the application must answer. */
  FakeYinliEnvelope applicationSide() throws Exception {
    byte[] privateKey = Base64.getDecoder().decode(env.getProperty("ampark.yinli.codec.private-key"));
    return FakeYinliEnvelope.builder().aesKey(Base64.getDecoder().decode(env.getProperty("ampark.yinli.codec.aes-key")))
        .mode(FakeYinliEnvelope.Mode.ECB).bodyText(FakeYinliEnvelope.Text.BASE64)
        .signatureText(FakeYinliEnvelope.Text.BASE64).signCiphertext(true)
        .fakePrivateKey(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(privateKey)))
        .peerPublicKey(env.getProperty("ampark.yinli.codec.peer-public-key")).build();
  }

  static String sealedSuccess(FakeYinliEnvelope.Sealed s) {
    return "{\"success\":true,\"code\":\"200\",\"msg\":\"success\",\"data\":{\"body\":\"" + s.body + "\",\"signature\":\""
        + s.signature + "\"}}";
  }

  @Test
  void theFakesTopUpIsBookedOnceAndEveryDeliveryGetsTheExactSealedAcknowledgement() throws Exception {
    FakeYinli.Delivery d = fake.topUp(url("/callbacks/yinli/payElec")).json(topUp("P1")).maxAttempts(1).send();
    assertThat(d.acknowledged()).isTrue();
    assertThat(d.answer()).isEqualTo("{}"); // 2.2's answer data is {} on the wire
    assertThat(app.booked).containsExactly("default/P1/100.00");

    // The same sealed call again (Yinli's resend) on the tenant's explicit path: acknowledged, not booked again.
    FakeYinliEnvelope.Sealed call = yinliSide.seal(topUp("P1"));
    HttpResponse<String> resend = postSealed("/callbacks/yinli/default/payElec", call.body, call.signature);
    assertThat(resend.statusCode()).isEqualTo(200);
    assertThat(resend.body()).isEqualTo(sealedSuccess(applicationSide().seal("{}")));
    assertThat(app.booked).containsExactly("default/P1/100.00");
    assertThat(((RecordingGuard) guard).completed).containsExactly("yinli:payElec:P1");
  }

  @Test
  void theFirstDeliveryAndItsDuplicateGetTheSameExactBytes() throws Exception {
    String expected = sealedSuccess(applicationSide().seal("{}"));
    FakeYinliEnvelope.Sealed call = yinliSide.seal(topUp("P2"));
    HttpResponse<String> first = postSealed("/callbacks/yinli/payElec", call.body, call.signature);
    FakeYinliEnvelope.Sealed resealed = yinliSide.seal(topUp("P2"));
    HttpResponse<String> duplicate = postSealed("/callbacks/yinli/payElec", resealed.body, resealed.signature);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).isEqualTo(expected);
    assertThat(duplicate.statusCode()).isEqualTo(200);
    assertThat(duplicate.body()).isEqualTo(expected);
    assertThat(app.booked).containsExactly("default/P2/100.00");
  }

  @Test
  void aTamperedSealIsRefusedInClearNeverRecordedAndTheGenuineResendIsBooked() throws Exception {
    FakeYinliEnvelope.Sealed genuine = yinliSide.seal(topUp("P3"));
    FakeYinliEnvelope.Sealed other = yinliSide.seal(topUp("P999"));
    HttpResponse<String> swapped = postSealed("/callbacks/yinli/payElec", other.body, genuine.signature);
    assertThat(swapped.statusCode()).isEqualTo(200);
    assertThat(swapped.body()).isEqualTo(BAD_SEAL);
    HttpResponse<String> unsigned = postSealed("/callbacks/yinli/payElec", genuine.body, "");
    assertThat(unsigned.body()).isEqualTo(BAD_SEAL);
    assertThat(app.booked).isEmpty();
    assertThat(((RecordingGuard) guard).claimed).isEmpty();
    assertThat(((RecordingGuard) guard).completed).isEmpty();

    HttpResponse<String> ok = postSealed("/callbacks/yinli/payElec", genuine.body, genuine.signature);
    assertThat(ok.body()).startsWith("{\"success\":true,");
    assertThat(app.booked).containsExactly("default/P3/100.00");
  }

  @Test
  void theAutoConfiguredClientTalksToTheSealedFake() {
    fake.mall("MALL-001", "印力中心", "ORG-1", "EAST");
    assertThat(client.assets().mallInfo(io.github.ampark.yinli.model.MallInfoQuery.builder().mallCode("MALL-001").build())).isNotEmpty();
  }

  @Test
  void aPathWithoutAKindIsNotFound() throws Exception {
    FakeYinliEnvelope.Sealed call = yinliSide.seal(topUp("P4"));
    assertThat(postSealed("/callbacks/yinli", call.body, call.signature).statusCode()).isEqualTo(404);
    assertThat(postSealed("/callbacks/yinli/a/b/payElec", call.body, call.signature).statusCode()).isEqualTo(404);
    assertThat(app.booked).isEmpty();
  }
}
