package io.github.ampark.yinli;

import static io.github.ampark.yinli.WireSupport.d;
import static io.github.ampark.yinli.WireSupport.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.OutcomeUnknownException;
import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.yinli.model.DeviceInfoQuery;
import io.github.ampark.yinli.model.TopUp;
import java.util.concurrent.ExecutionException;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** Answers to sealed requests: a tampered or unsigned one never succeeds; refusals carry code, message and trace id. */
class SealedAnswersTest extends WireTest {
  @Override
  YinliClient.Builder configure(YinliClient.Builder builder) {
    return builder.codec(TestKeys.ours()).assetsEnvelope(false);
  }

  private void query() {
    client.energy().deviceInfo(DeviceInfoQuery.builder().shopCode("S-101").build());
  }

  private static String sealed(String body, String signature) {
    return "{\"success\":true,\"code\":\"200\",\"msg\":\"success\",\"data\":{\"body\":\"" + body + "\",\"signature\":\"" + signature + "\"}}";
  }

  @Test
  void anAnswerWhoseBodyWasChangedIsAFormatError() {
    String body = TestKeys.encrypt("{\"balance\":1}");
    String other = TestKeys.encrypt("{\"balance\":999}");
    server.enqueue(envelope(sealed(other, TestKeys.sign(TestKeys.THEIRS, body))));
    assertThatThrownBy(this::query).isInstanceOfSatisfying(ResponseFormatException.class,
        e -> assertThat(e.getMessage()).contains("seal is refused").contains("signature mismatch"));
  }

  @Test
  void anAnswerSignedWithAnotherKeyOrNotSignedIsAFormatError() {
    String body = TestKeys.encrypt("{\"balance\":1}");
    server.enqueue(envelope(sealed(body, TestKeys.sign(TestKeys.OURS, body))));
    assertThatThrownBy(this::query).isInstanceOf(ResponseFormatException.class);
    server.enqueue(envelope(sealed(body, "")));
    assertThatThrownBy(this::query).isInstanceOf(ResponseFormatException.class);
    server.enqueue(envelope("{\"success\":true,\"code\":\"200\",\"data\":{\"balance\":1}}"));
    assertThatThrownBy(this::query).isInstanceOfSatisfying(ResponseFormatException.class,
        e -> assertThat(e.getMessage()).contains("no data.body"));
  }

  @Test
  void aRefusalIsAnApiExceptionWithCodeMessageAndTraceId() {
    server.enqueue(envelope("{\"code\":\"E1002\",\"error\":{\"errorDetail\":\"shop unknown\",\"traceId\":\"tr-1\"},"
        + "\"msg\":\"参数错误\",\"success\":false,\"data\":null}"));
    assertThatThrownBy(this::query).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.vendorCode()).isEqualTo("E1002");
      assertThat(e.vendorMessage()).isEqualTo("参数错误 (shop unknown)");
      assertThat(e.requestId()).isEqualTo("tr-1");
    });
    // 2.x envelope without error object; and the 0.1 shape without 'success' and without a seal
    server.enqueue(envelope("{\"success\":false,\"code\":\"500\",\"msg\":\"busy\"}"));
    assertThatThrownBy(this::query).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.vendorCode()).isEqualTo("500"));
    server.enqueue(envelope("{\"code\":\"403\",\"msg\":\"denied\",\"data\":null}"));
    assertThatThrownBy(this::query).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.vendorMessage()).isEqualTo("denied"));
  }

  @Test
  void aSealedInnerEnvelopeIsDecodedToo() {
    server.enqueue(envelope(TestKeys.sealedAnswer("{\"success\":true,\"code\":\"0\",\"data\":{\"balance\":3.10}}")));
    assertThat(client.energy().deviceInfo(DeviceInfoQuery.builder().shopCode("S").build()).balance().toPlainString()).isEqualTo("3.10");
    server.enqueue(envelope(TestKeys.sealedAnswer("{\"success\":false,\"code\":\"E9\",\"msg\":\"no such shop\"}")));
    assertThatThrownBy(this::query).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.vendorCode()).isEqualTo("E9"));
  }

  @Test
  void aTopUpWhoseAnswerIsLostIsOutcomeUnknownAndNeverResent() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(envelope(TestKeys.sealedAnswer("{}")));
    TopUp topUp = TopUp.builder().shopCode("S-101").amount(d("100.00")).payNo("P-LOST-1").build();
    assertThatThrownBy(() -> client.energy().payElec(topUp)).isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
      assertThat(e.businessKey()).isEqualTo("P-LOST-1");
      assertThat(e.mayHaveReachedVendor()).isTrue();
      assertThat(e.reconciliation()).contains("no published endpoint");
    });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aTopUpWhoseAnswerIsTamperedIsOutcomeUnknownToo() throws Exception {
    String body = TestKeys.encrypt("{}");
    server.enqueue(envelope(sealed(body, TestKeys.sign(TestKeys.OURS, body))));
    TopUp topUp = TopUp.builder().shopCode("S-101").amount(d("1")).payNo("P-T-1").build();
    assertThatThrownBy(() -> client.energy().payElecAsync(topUp).get())
        .isInstanceOf(ExecutionException.class).cause().isInstanceOf(OutcomeUnknownException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRefusedTopUpIsTheVendorsRefusalNotAnUnknownOutcome() {
    server.enqueue(envelope("{\"success\":false,\"code\":\"DUP\",\"msg\":\"payNo exists\"}"));
    TopUp topUp = TopUp.builder().shopCode("S-101").amount(d("1")).payNo("P-R-1").build();
    assertThatThrownBy(() -> client.energy().payElec(topUp)).isExactlyInstanceOf(ApiException.class);
  }
}
