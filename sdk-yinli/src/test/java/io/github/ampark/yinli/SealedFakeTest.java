package io.github.ampark.yinli;

import static io.github.ampark.yinli.WireSupport.batch;
import static io.github.ampark.yinli.WireSupport.fullReading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.ampark.core.ApiException;
import io.github.ampark.core.Secret;
import io.github.ampark.testkit.yinli.FakeYinli;
import io.github.ampark.testkit.yinli.FakeYinliEnvelope;
import io.github.ampark.yinli.model.InboundCall;
import io.github.ampark.yinli.model.MallInfo;
import io.github.ampark.yinli.model.MallInfoQuery;
import io.github.ampark.yinli.model.MeterInfo;
import io.github.ampark.yinli.model.MeterInfoQuery;
import io.github.ampark.yinli.model.TemplateMessage;
import io.github.ampark.yinli.model.TopUp;
import io.github.ampark.yinli.model.TopUpResult;
import io.github.ampark.yinli.model.YinliReply;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The client and the callbacks against {@link FakeYinli} speaking the envelope with its own,
 * independent JCA code: both sides agree for every mode, and the fake's top-up is booked once.
 */
class SealedFakeTest {
  static final KeyPair FAKE = TestKeys.THEIRS;

  static FakeYinliEnvelope fakeEnvelope(FakeYinliEnvelope.Mode mode, boolean ciphertext) {
    return FakeYinliEnvelope.builder().aesKey(TestKeys.AES_KEY).mode(mode)
        .bodyText(FakeYinliEnvelope.Text.BASE64).signatureText(FakeYinliEnvelope.Text.HEX).signCiphertext(ciphertext)
        .fakePrivateKey(FAKE.getPrivate()).peerPublicKey(TestKeys.publicKey(TestKeys.OURS)).build();
  }

  static YinliCodec codec(YinliCodec.Cipher cipher, boolean ciphertext) {
    return TestKeys.ecbCodec(TestKeys.OURS, FAKE).cipher(cipher).signatureText(YinliCodec.TextEncoding.HEX)
        .signedContent(ciphertext ? YinliCodec.SignedContent.CIPHERTEXT : YinliCodec.SignedContent.PLAINTEXT).build();
  }

  static YinliCodec.Cipher cipher(String mode) {
    Secret key = Secret.of("aesKey", "0123456789abcdef");
    switch (mode) {
      case "ECB":
        return YinliCodec.Cipher.aesEcbPkcs5(key, YinliCodec.KeyEncoding.RAW);
      case "GCM":
        return YinliCodec.Cipher.aesGcm(key, YinliCodec.KeyEncoding.RAW);
      case "CBC_RANDOM_IV":
        return YinliCodec.Cipher.aesCbcPkcs5(key, YinliCodec.KeyEncoding.RAW, YinliCodec.IvRule.RANDOM_PREFIX);
      case "CBC_KEY_IV":
        return YinliCodec.Cipher.aesCbcPkcs5(key, YinliCodec.KeyEncoding.RAW, YinliCodec.IvRule.FIRST_16_KEY_BYTES);
      default:
        return YinliCodec.Cipher.aesCbcPkcs5(key, YinliCodec.KeyEncoding.RAW, YinliCodec.IvRule.ZERO);
    }
  }

  @ParameterizedTest(name = "{0}, ciphertext signed: {1}")
  @CsvSource({"ECB,true", "ECB,false", "GCM,true", "GCM,false", "CBC_RANDOM_IV,true", "CBC_RANDOM_IV,false",
      "CBC_KEY_IV,true", "CBC_ZERO_IV,false"})
  void theClientAndTheFakesIndependentCodeAgreeForEveryMode(String mode, boolean ciphertext) {
    try (FakeYinli fake = FakeYinli.builder().envelope(fakeEnvelope(FakeYinliEnvelope.Mode.valueOf(mode), ciphertext)).start();
        YinliClient client = YinliClient.builder().baseUrl(fake.url()).codec(codec(cipher(mode), ciphertext))
            .assetsEnvelope(true).build()) {
      fake.mall("MALL-001", "印力中心", "ORG-1", "EAST");
      assertThat(client.assets().pushMeterReadings(batch(fullReading())).code()).isEqualTo(FakeYinli.SUCCESS_CODE);
      assertThat(fake.reading("MALL-001", "DB-0001", "2025-04").orElseThrow().path("readNum").decimalValue()).isEqualByComparingTo("12345.67");
      List<MeterInfo> meters = client.assets().meterInfo(MeterInfoQuery.builder().mallCode("MALL-001").build());
      assertThat(meters).extracting(MeterInfo::contractNo).containsExactly("HT-DB-0001");
      List<MallInfo> malls = client.assets().mallInfo(MallInfoQuery.builder().orgCode("ORG-1").build());
      assertThat(malls).extracting(MallInfo::orgName).containsExactly("印力中心");
      client.assets().sendTemplateMessage(TemplateMessage.builder().messageTheme("ELEC_BILL").build());
      assertThat(fake.messages()).hasSize(1);
      assertThat(fake.refusedSeals()).isZero();
    }
  }

  @Test
  void theFakeRefusesARequestSealedWithAnotherKey() {
    try (FakeYinli fake = FakeYinli.builder().envelope(fakeEnvelope(FakeYinliEnvelope.Mode.ECB, true)).start();
        YinliClient stranger = YinliClient.builder().baseUrl(fake.url())
            .codec(TestKeys.ecbCodec(TestKeys.THEIRS, FAKE).signatureText(YinliCodec.TextEncoding.HEX).build())
            .assetsEnvelope(true).build()) {
      assertThatThrownBy(() -> stranger.assets().pushMeterReadings(batch(fullReading())))
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.vendorCode()).isEqualTo(FakeYinli.BAD_SIGNATURE_CODE));
      assertThat(fake.refusedSeals()).isEqualTo(1);
      assertThat(fake.readingCount()).isZero();
    }
  }

  @Test
  void aTopUpFromTheFakeIsBookedOnceThoughItsAnswersAreLostAndItResends() throws Exception {
    AtomicInteger booked = new AtomicInteger();
    YinliCallbacks callbacks = YinliCallbacks.builder()
        .codec(TestKeys.ecbCodec(TestKeys.OURS, FAKE).signatureText(YinliCodec.TextEncoding.HEX).build()).build();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/energy/", callbacks.httpHandler(new YinliHandler() {
      @Override
      public YinliReply<TopUpResult> onTopUp(TopUp topUp, InboundCall call) {
        booked.incrementAndGet();
        return YinliReply.ok(TopUpResult.of(topUp.payNo()));
      }
    }));
    server.start();
    try (FakeYinli fake = FakeYinli.builder().envelope(fakeEnvelope(FakeYinliEnvelope.Mode.ECB, true)).start()) {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/energy/payElec";
      FakeYinli.Delivery d = fake.topUp(url)
          .json("{\"shopCode\":\"S-101\",\"amount\":100.00,\"payNo\":\"P-ONCE-1\"}").loseAnswers(2).maxAttempts(5).send();
      assertThat(d.acknowledged()).as(d.toString()).isTrue();
      assertThat(d.attempts()).isEqualTo(3);
      assertThat(d.answer()).isEqualTo("{}");
      assertThat(booked.get()).isEqualTo(1);

      // a forged top-up (not Yinli's key) is never acknowledged nor booked
      FakeYinliEnvelope forger = FakeYinliEnvelope.builder().aesKey("0123456789abcdef".getBytes(StandardCharsets.US_ASCII))
          .mode(FakeYinliEnvelope.Mode.ECB).bodyText(FakeYinliEnvelope.Text.BASE64).signatureText(FakeYinliEnvelope.Text.HEX)
          .signCiphertext(true).fakePrivateKey(TestKeys.OURS.getPrivate()).peerPublicKey(TestKeys.publicKey(TestKeys.OURS)).build();
      fake.envelope(forger);
      FakeYinli.Delivery forged = fake.topUp(url).json("{\"shopCode\":\"S-101\",\"amount\":9,\"payNo\":\"P-FORGED\"}").maxAttempts(2).send();
      assertThat(forged.acknowledged()).isFalse();
      assertThat(forged.outcomes()).containsOnly("refused, code 401");
      assertThat(booked.get()).isEqualTo(1);
    } finally {
      server.stop(0);
    }
  }
}
