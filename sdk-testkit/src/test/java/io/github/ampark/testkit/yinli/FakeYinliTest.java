package io.github.ampark.testkit.yinli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.testkit.Fault;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake Yinli, spoken to in raw HTTP: envelopes, the reading store, refusals, authentication, faults, latency. */
class FakeYinliTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-01T01:02:03Z"), ZoneOffset.UTC);
  static final String READING = "{\"type\":\"1\",\"shopCode\":\"S-101\",\"storeNo\":\"1F-101\",\"deviceActualCode\":\"DB-0001\","
      + "\"totalElec\":321.50,\"chargeAmount\":289.35,\"readNum\":12345.67,"
      + "\"deviceElectricPriceRecordList\":[{\"priceLevel\":1,\"readNum\":5321.40}],\"readDate\":\"2025-04\","
      + "\"otherFeeDataList\":[{\"otherFeeType\":\"SERVICE\",\"otherFeeAmount\":12.50}],\"amount\":301.85}";

  final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).readTimeout(5, TimeUnit.SECONDS).build();
  FakeYinli fake;

  @BeforeEach
  void start() {
    fake = FakeYinli.builder().clock(CLOCK).start();
  }

  @AfterEach
  void stop() {
    fake.close();
    http.dispatcher().executorService().shutdown();
  }

  static String push(String mall, String... readings) {
    return "{\"data\":[" + String.join(",", readings) + "],\"mallCode\":\"" + mall + "\",\"version\":\"1.0\"}";
  }

  Answer post(String path, String body, String... headers) throws IOException {
    Request.Builder b = new Request.Builder().url(fake.url(path)).post(RequestBody.create(body, JSON_TYPE));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try (Response r = http.newCall(b.build()).execute()) {
      return new Answer(r.code(), JSON.readTree(r.body().string()));
    }
  }

  record Answer(int status, JsonNode envelope) {}

  @Test
  void anAcceptedPushIsStoredPerMallMeterAndMonthAndAnsweredWithTheSuccessEnvelope() throws IOException {
    String second = READING.replace("DB-0001", "DB-0002");
    Answer a = post(FakeYinli.SYNCHRONIZE, push("MALL-001", READING, second));

    assertThat(a.status()).isEqualTo(200);
    assertThat(a.envelope().toString())
        .isEqualTo("{\"code\":\"200\",\"msg\":\"success\",\"success\":true,\"data\":[],\"error\":null}");
    assertThat(fake.readingCount()).isEqualTo(2);
    assertThat(fake.malls()).containsExactly("MALL-001");
    assertThat(fake.acceptedPushes()).isEqualTo(1);
    JsonNode stored = fake.reading("MALL-001", "DB-0001", "2025-04").orElseThrow();
    assertThat(stored.toString()).isEqualTo(READING);
    assertThat(stored.path("readNum").decimalValue()).isEqualByComparingTo("12345.67");
    assertThat(fake.readings("MALL-001")).extracting(r -> r.path("deviceActualCode").asText())
        .containsExactly("DB-0001", "DB-0002");
    assertThat(fake.reading("MALL-001", "DB-0001", "2025-05")).isEmpty();
    assertThat(fake.reading("MALL-002", "DB-0001", "2025-04")).isEmpty();
  }

  @Test
  void aLaterPushOfTheSameMeterAndMonthReplacesTheReading() throws IOException {
    post(FakeYinli.SYNCHRONIZE, push("MALL-001", READING));
    post(FakeYinli.SYNCHRONIZE, push("MALL-001", READING.replace("12345.67", "12400.00")));
    post(FakeYinli.SYNCHRONIZE, push("MALL-001", READING.replace("2025-04", "2025-05")));

    assertThat(fake.readingCount()).isEqualTo(2);
    assertThat(fake.replacedReadings()).isEqualTo(1);
    assertThat(fake.reading("MALL-001", "DB-0001", "2025-04").orElseThrow().path("readNum").decimalValue()).isEqualByComparingTo("12400.00");
  }

  @Test
  void aPushWithoutItsKeysOrWithTheWrongTypesIsRefusedWithTheErrorEnvelopeAndStoresNothing() throws IOException {
    Answer noMall = post(FakeYinli.SYNCHRONIZE, push(" ", READING));
    assertThat(noMall.status()).isEqualTo(200);
    assertThat(noMall.envelope().path("success").asBoolean()).isFalse();
    assertThat(noMall.envelope().path("code").asText()).isEqualTo("400");
    assertThat(noMall.envelope().path("msg").asText()).isEqualTo("参数错误");
    assertThat(noMall.envelope().path("data").isNull()).isTrue();
    JsonNode error = noMall.envelope().path("error");
    assertThat(error.path("errorDetail").asText()).isEqualTo("mallCode不能为空");
    assertThat(error.path("appName").asText()).isEqualTo("fake-yinli");
    assertThat(error.path("errorTime").asText()).isEqualTo("2025-05-01 09:02:03");
    assertThat(error.path("traceId").asText()).isEqualTo(fake.lastTraceId()).startsWith("fk");

    assertThat(detail(post(FakeYinli.SYNCHRONIZE, "{\"data\":[],\"mallCode\":\"M\",\"version\":\"1.0\"}"))).isEqualTo("data不能为空");
    assertThat(detail(post(FakeYinli.SYNCHRONIZE, "{\"data\":[" + READING + "],\"mallCode\":\"M\"}"))).isEqualTo("version不能为空");
    assertThat(detail(post(FakeYinli.SYNCHRONIZE, push("M", READING, READING.replace("\"readDate\":\"2025-04\",", "")))))
        .isEqualTo("data[1].readDate不能为空");
    assertThat(detail(post(FakeYinli.SYNCHRONIZE, push("M", READING.replace("\"readNum\":12345.67", "\"readNum\":\"12345.67\"")))))
        .isEqualTo("data[0].readNum应为数字");
    assertThat(detail(post(FakeYinli.SYNCHRONIZE, push("M", READING.replace("\"priceLevel\":1", "\"priceLevel\":\"1\"")))))
        .isEqualTo("data[0].deviceElectricPriceRecordList[0].priceLevel应为数字");
    assertThat(detail(post(FakeYinli.SYNCHRONIZE, push("M", READING.replace("\"shopCode\":\"S-101\"", "\"shopCode\":101")))))
        .isEqualTo("data[0].shopCode应为字符串");
    assertThat(detail(post(FakeYinli.SYNCHRONIZE, push("M", READING.replace("\"otherFeeType\":\"SERVICE\",", "")))))
        .isEqualTo("data[0].otherFeeDataList[0].otherFeeType应为字符串");
    assertThat(detail(post(FakeYinli.SYNCHRONIZE, "not json"))).isEqualTo("请求体不是JSON");
    assertThat(fake.readingCount()).isZero();
    assertThat(fake.acceptedPushes()).isZero();
  }

  static String detail(Answer a) {
    assertThat(a.envelope().path("success").asBoolean(true)).isFalse();
    return a.envelope().path("error").path("errorDetail").asText();
  }

  @Test
  void theAuthCheckRefusesWithHttp401AndLetsAuthenticatedRequestsThrough() throws IOException {
    fake.auth(FakeYinli.AuthCheck.requireHeader("X-Access-Token", "t0ken"));

    Answer missing = post(FakeYinli.SYNCHRONIZE, push("M", READING));
    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.envelope().path("code").asText()).isEqualTo("401");
    assertThat(missing.envelope().path("msg").asText()).isEqualTo("Unauthorized");
    assertThat(missing.envelope().path("error").path("errorDetail").asText()).isEqualTo("missing header X-Access-Token");
    Answer wrong = post(FakeYinli.SYNCHRONIZE, push("M", READING), "X-Access-Token", "guess");
    assertThat(wrong.envelope().path("error").path("errorDetail").asText()).isEqualTo("wrong X-Access-Token");
    assertThat(fake.readingCount()).isZero();

    Answer ok = post(FakeYinli.SYNCHRONIZE, push("M", READING), "X-Access-Token", "t0ken");
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.envelope().path("success").asBoolean()).isTrue();
    assertThat(fake.readingCount()).isEqualTo(1);
  }

  @Test
  void aPlannedErrorIsAnsweredOnceWithoutStoring() throws IOException {
    fake.failNext("500", "系统繁忙", "数据库连接超时");
    Answer refused = post(FakeYinli.SYNCHRONIZE, push("M", READING));
    assertThat(refused.envelope().path("code").asText()).isEqualTo("500");
    assertThat(refused.envelope().path("msg").asText()).isEqualTo("系统繁忙");
    assertThat(refused.envelope().path("error").path("errorDetail").asText()).isEqualTo("数据库连接超时");
    assertThat(fake.readingCount()).isZero();

    assertThat(post(FakeYinli.SYNCHRONIZE, push("M", READING)).envelope().path("success").asBoolean()).isTrue();
    assertThat(fake.readingCount()).isEqualTo(1);
  }

  @Test
  void anotherPathAnswersTheGivenDataAfterTheAuthCheck() throws IOException {
    fake.answer("/openapi/mall/query", "[{\"mallCode\":\"MALL-001\",\"mallName\":\"印力中心\"}]")
        .auth(FakeYinli.AuthCheck.requireHeader("X-Access-Token", "t0ken"));
    Answer a = post("/openapi/mall/query", "{\"mallCode\":\"MALL-001\"}", "X-Access-Token", "t0ken");
    assertThat(a.envelope().path("data").get(0).path("mallName").asText()).isEqualTo("印力中心");
    assertThat(post("/openapi/mall/query", "{}").status()).isEqualTo(401);
    assertThat(fake.journal("POST", "/openapi/mall/query")).hasSize(2);
  }

  @Test
  void faultsComeFromFakeServerAndAPushProcessedBeforeTheDisconnectIsStored() {
    fake.faults().on("POST", FakeYinli.SYNCHRONIZE, Fault.processThenDisconnect());
    assertThatThrownBy(() -> post(FakeYinli.SYNCHRONIZE, push("M", READING))).isInstanceOf(IOException.class);
    assertThat(fake.readingCount()).isEqualTo(1);

    fake.faults().on("POST", FakeYinli.SYNCHRONIZE, Fault.disconnectAfterRequest());
    assertThatThrownBy(() -> post(FakeYinli.SYNCHRONIZE, push("M", READING.replace("DB-0001", "DB-0009"))))
        .isInstanceOf(IOException.class);
    assertThat(fake.readingCount()).isEqualTo(1);
    assertThat(fake.journal()).extracting(r -> r.fault()).containsExactly("process_then_disconnect", "disconnect_after_request");
  }

  @Test
  void latencyDelaysEveryAnswerByAtLeastTheGivenTime() throws IOException {
    fake.latency(Duration.ofMillis(120));
    long started = System.nanoTime();
    post(FakeYinli.SYNCHRONIZE, push("M", READING));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(120));
  }
}
