package io.github.ampark.yinli;

import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.testing.MockServers;
import io.github.ampark.yinli.model.ElectricPriceRecord;
import io.github.ampark.yinli.model.MeterReading;
import io.github.ampark.yinli.model.MeterReadingBatch;
import io.github.ampark.yinli.model.OtherFee;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** MockWebServer helpers and the readings the Yinli tests push; expected JSON is written out by hand, never built by the SDK. */
final class WireSupport {
  static final String MALL = "MALL-001";
  static final String VERSION = "1.0";
  static final String OK = "{\"code\":\"200\",\"msg\":\"success\",\"success\":true,\"data\":[{}],\"error\":null}";
  static final RetryPolicy FAST = RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).build();

  /** Every field of the vendor's example, in its order. */
  static final String FULL_READING_JSON = "{\"type\":\"1\",\"shopCode\":\"S-101\",\"storeNo\":\"1F-101\","
      + "\"deviceActualCode\":\"DB-0001\",\"totalElec\":321.50,\"chargeAmount\":289.35,\"lossAmount\":3.20,"
      + "\"totalAmount\":292.55,\"readNum\":12345.67,\"deviceElectricPriceRecordList\":[{\"priceLevel\":1,\"readNum\":5321.40},"
      + "{\"priceLevel\":2,\"readNum\":7024.27}],\"readDate\":\"2025-04\",\"refundAmount\":0,\"receivableAmount\":292.55,"
      + "\"otherFeeDataList\":[{\"otherFeeType\":\"SERVICE\",\"otherFeeAmount\":12.50}],\"amount\":305.05}";

  private WireSupport() {}

  static MockWebServer start() throws Exception {
    return MockServers.start();
  }

  static String url(MockWebServer server) {
    return MockServers.baseUrl(server);
  }

  static YinliClient.Builder client(MockWebServer server) {
    return YinliClient.builder().baseUrl(url(server)).retryPolicy(FAST).readTimeout(Duration.ofSeconds(3));
  }

  static MockResponse envelope(String json) {
    return envelope(200, json);
  }

  static MockResponse envelope(int status, String json) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json;charset=UTF-8").body(json).build();
  }

  static MockResponse ok() {
    return envelope(OK);
  }

  static RecordedRequest take(MockWebServer server) throws InterruptedException {
    return io.github.ampark.core.testing.MockServers.take(server);
  }

  static String body(RecordedRequest r) {
    return io.github.ampark.core.testing.MockServers.body(r);
  }

  static BigDecimal d(String text) {
    return new BigDecimal(text);
  }

  /** The reading whose JSON is {@link #FULL_READING_JSON}. */
  static MeterReading fullReading() {
    return MeterReading.builder()
        .type("1").shopCode("S-101").storeNo("1F-101").deviceActualCode("DB-0001")
        .totalElec(d("321.50")).chargeAmount(d("289.35")).lossAmount(d("3.20")).totalAmount(d("292.55"))
        .readNum(d("12345.67"))
        .addPriceRecords(ElectricPriceRecord.of("1", d("5321.40")), ElectricPriceRecord.of("2", d("7024.27")))
        .readDate("2025-04").refundAmount(BigDecimal.ZERO).receivableAmount(d("292.55"))
        .addOtherFees(OtherFee.of("SERVICE", d("12.50")))
        .amount(d("305.05"))
        .build();
  }

  /** The smallest valid reading: a meter, a month, a reading. */
  static MeterReading reading(String meter, String month, String readNum) {
    return MeterReading.builder().deviceActualCode(meter).readDate(month).readNum(d(readNum)).build();
  }

  static MeterReadingBatch batch(MeterReading... readings) {
    return MeterReadingBatch.of(MALL, VERSION, List.of(readings));
  }
}
