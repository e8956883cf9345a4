package io.github.ampark.testkit.yinli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.concurrent.TimeUnit;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The fake's own envelope code, and the fake speaking it: sealed requests in, sealed answers out, forgeries refused. */
class FakeYinliEnvelopeTest {
  static final KeyPair CLIENT = FakeYinliEnvelope.newRsaKeyPair();
  static final KeyPair YINLI = FakeYinliEnvelope.newRsaKeyPair();
  static final byte[] KEY = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  /** The envelope as one side holds it: its own private key, the other side's public key. */
  static FakeYinliEnvelope side(KeyPair own, KeyPair peer, FakeYinliEnvelope.Mode mode, boolean ciphertext) {
    return FakeYinliEnvelope.builder().aesKey(KEY).mode(mode).bodyText(FakeYinliEnvelope.Text.HEX)
        .signatureText(FakeYinliEnvelope.Text.BASE64).signCiphertext(ciphertext)
        .fakePrivateKey(own.getPrivate()).peerPublicKey(FakeYinliEnvelope.base64(peer.getPublic())).build();
  }

  @Test
  void everyModeRoundTripsBetweenTheTwoSidesAndRefusesTampering() {
    for (FakeYinliEnvelope.Mode mode : FakeYinliEnvelope.Mode.values()) {
      for (boolean ciphertext : new boolean[] {true, false}) {
        FakeYinliEnvelope client = side(CLIENT, YINLI, mode, ciphertext);
        FakeYinliEnvelope yinli = side(YINLI, CLIENT, mode, ciphertext);
        FakeYinliEnvelope.Sealed s = client.seal("{\"a\":\"中\"}");
        assertThat(yinli.open(s.body, s.signature)).as(mode + " " + ciphertext).isEqualTo("{\"a\":\"中\"}");
        assertThat(client.open(s.body, s.signature)).as("own seal is not the peer's").isNull();
        String flipped = s.body.substring(0, 10) + (s.body.charAt(10) == 'a' ? 'b' : 'a') + s.body.substring(11);
        assertThat(yinli.open(flipped, s.signature)).isNull();
        assertThat(yinli.open(s.body, "")).isNull();
      }
    }
  }

  @Test
  void aSealedPushIsStoredAndAnsweredSealedAndAForgedOneIsRefused() throws IOException {
    FakeYinliEnvelope client = side(CLIENT, YINLI, FakeYinliEnvelope.Mode.GCM, true);
    OkHttpClient http = new OkHttpClient.Builder().callTimeout(5, TimeUnit.SECONDS).build();
    try (FakeYinli fake = FakeYinli.builder().envelope(side(YINLI, CLIENT, FakeYinliEnvelope.Mode.GCM, true)).start()) {
      String json = "{\"data\":[{\"deviceActualCode\":\"DB-1\",\"readDate\":\"2025-04\",\"readNum\":1.50}],"
          + "\"mallCode\":\"M\",\"version\":\"1.0\"}";
      JsonNode answer = post(http, fake, client.seal(json), true);
      assertThat(answer.path("success").asBoolean()).isTrue();
      assertThat(client.open(answer.path("data").path("body").asText(), answer.path("data").path("signature").asText()))
          .isEqualTo("[]");
      assertThat(fake.reading("M", "DB-1", "2025-04").orElseThrow().path("readNum").decimalValue().toPlainString()).isEqualTo("1.50");

      // sealed with the right AES key but signed with a key that is not the client's
      FakeYinliEnvelope.Sealed forged = side(YINLI, CLIENT, FakeYinliEnvelope.Mode.GCM, true).seal(json.replace("1.50", "9"));
      assertThat(post(http, fake, forged, true).path("code").asText()).isEqualTo(FakeYinli.BAD_SIGNATURE_CODE);
      assertThat(post(http, fake, client.seal(json), false).path("error").path("errorDetail").asText()).startsWith("缺少请求头");
      assertThat(fake.refusedSeals()).isEqualTo(1);
      assertThat(fake.acceptedPushes()).isEqualTo(1);
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private static JsonNode post(OkHttpClient http, FakeYinli fake, FakeYinliEnvelope.Sealed s, boolean headers) throws IOException {
    Request.Builder b = new Request.Builder().url(fake.url(FakeYinli.SYNCHRONIZE)).post(new MultipartBody.Builder()
        .setType(MultipartBody.FORM).addFormDataPart("body", s.body).addFormDataPart("signature", s.signature).build());
    if (headers) {
      b.header("version", "1.0").header("corpId", "C").header("appId", "A").header("requestId", "r").header("requestTime", "1");
    }
    try (Response r = http.newCall(b.build()).execute()) {
      return new ObjectMapper().readTree(r.body().string());
    }
  }
}
