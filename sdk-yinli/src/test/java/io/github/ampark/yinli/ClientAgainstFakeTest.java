package io.github.ampark.yinli;

import static io.github.ampark.yinli.WireSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.TransportException;
import io.github.ampark.core.http.RawResponse;
import io.github.ampark.testkit.Fault;
import io.github.ampark.testkit.yinli.FakeYinli;
import io.github.ampark.yinli.model.PushReceipt;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against FakeYinli: the typed push, authentication, refusals, retries by idempotency, raw calls. */
class ClientAgainstFakeTest {
  static final String TOKEN = "t0ken-fake";
  FakeYinli fake;
  YinliClient client;

  @BeforeEach
  void start() {
    fake = FakeYinli.builder().auth(FakeYinli.AuthCheck.requireHeader("X-Access-Token", TOKEN)).start();
    client = YinliClient.builder().baseUrl(fake.url()).retryPolicy(FAST)
        .authenticator(YinliAuthenticator.staticHeader("X-Access-Token", TOKEN)).build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  @Test
  void aPushIsStoredByTheFakeAsSent() {
    PushReceipt r = client.assets().pushMeterReadings(batch(fullReading()));
    assertThat(r.code()).isEqualTo(FakeYinli.SUCCESS_CODE);
    assertThat(r.message()).isEqualTo("success");
    assertThat(fake.reading(MALL, "DB-0001", "2025-04").orElseThrow().toString()).isEqualTo(FULL_READING_JSON);
  }

  @Test
  void withoutTheCredentialTheFakeAnswers401AndTheClientThrows() {
    try (YinliClient anonymous = YinliClient.builder().baseUrl(fake.url()).build()) {
      assertThatThrownBy(() -> anonymous.assets().pushMeterReadings(batch(fullReading())))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(401);
            assertThat(e.vendorCode()).isEqualTo("401");
            assertThat(e.vendorMessage()).isEqualTo("Unauthorized (missing header X-Access-Token)");
          });
    }
    assertThat(fake.readingCount()).isZero();
  }

  @Test
  void aBodyTheFakeRefusesIsAnApiExceptionWithItsDetailAndTraceId() {
    fake.failNext(FakeYinli.INVALID_CODE, "参数错误", "mallCode不存在");
    assertThatThrownBy(() -> client.assets().pushMeterReadings(batch(fullReading())))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.vendorCode()).isEqualTo("400");
          assertThat(e.vendorMessage()).isEqualTo("参数错误 (mallCode不存在)");
          assertThat(e.requestId()).isEqualTo(fake.lastTraceId());
        });
  }

  @Test
  void aPushThatMayHaveArrivedIsNotResent() {
    fake.faults().on("POST", FakeYinli.SYNCHRONIZE, Fault.disconnectAfterRequest());
    assertThatThrownBy(() -> client.assets().pushMeterReadings(batch(fullReading())))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveReachedVendor()).isTrue());
    fake.faults().on("POST", FakeYinli.SYNCHRONIZE, Fault.status(503));
    assertThatThrownBy(() -> client.assets().pushMeterReadings(batch(fullReading()))).isInstanceOf(ApiException.class);
    assertThat(fake.journal()).hasSize(2);
    assertThat(fake.readingCount()).isZero();
  }

  @Test
  void aPushThatNeverLeftBecauseTheHostCouldNotBeResolvedIsRetried() {
    AtomicInteger lookups = new AtomicInteger();
    Dns failsFirst = host -> {
      if (lookups.incrementAndGet() == 1) {
        throw new UnknownHostException("name server briefly unreachable (test)");
      }
      return List.of(InetAddress.getByName("127.0.0.1"));
    };
    OkHttpClient http = new OkHttpClient.Builder().dns(failsFirst).retryOnConnectionFailure(false).build();
    try (YinliClient flaky = YinliClient.builder().baseUrl("http://yinli.test:" + fake.port() + "/").httpClient(http)
        .retryPolicy(FAST)
        .authenticator(YinliAuthenticator.staticHeader("X-Access-Token", TOKEN)).build()) {
      flaky.assets().pushMeterReadings(batch(fullReading()));
    }
    assertThat(lookups.get()).isEqualTo(2);
    assertThat(fake.journal()).hasSize(1);
    assertThat(fake.readingCount()).isEqualTo(1);
  }

  @Test
  void rawCallsAreAuthenticatedDecodedAndRetriedOnlyWhenDeclaredSafe() {
    fake.answer("/openapi/mall/query", "[{\"mallCode\":\"MALL-001\",\"mallName\":\"印力中心\"}]");
    fake.faults().on("POST", "/openapi/mall/query", Fault.status(503));
    RawResponse r = client.raw().post("openapi/mall/query", "{\"mallCode\":\"MALL-001\"}", Idempotency.SAFE);
    assertThat(r.data().get(0).path("mallName").asText()).isEqualTo("印力中心");
    assertThat(r.envelope().path("code").asText()).isEqualTo("200");
    assertThat(fake.journal("POST", "/openapi/mall/query")).hasSize(2)
        .allSatisfy(q -> assertThat(q.header("X-Access-Token")).hasValue(TOKEN));
    assertThat(fake.journal().get(0).bodyText()).isEqualTo("{\"mallCode\":\"MALL-001\"}");

    fake.faults().on("POST", "/openapi/mall/query", Fault.status(503));
    assertThatThrownBy(() -> client.raw().post("openapi/mall/query", "{\"mallCode\":\"MALL-001\"}", Idempotency.UNSAFE))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(503);
          assertThat(e.operation()).isEqualTo("raw POST openapi/mall/query");
        });
    assertThat(fake.journal("POST", "/openapi/mall/query")).hasSize(3);
  }

  @Test
  void anAsyncRawCallAndAnUnknownPathAnswerThroughTheSameEnvelope() throws Exception {
    fake.answer("/openapi/template/push", "{\"sent\":1}");
    RawResponse r = client.raw().postAsync("openapi/template/push", "{\"shopCode\":\"S-101\"}",
        Idempotency.UNSAFE).get();
    assertThat(r.data().path("sent").asInt()).isEqualTo(1);
    assertThatThrownBy(() -> client.raw().post("openapi/nowhere", "{}", Idempotency.SAFE))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
  }
}
